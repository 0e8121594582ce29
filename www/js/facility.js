// The facility page: a facility record form bound with ctxh/forms.
import { mountRecordForm } from "./record-form.js";
import { startPage } from "./page.js";

startPage(async () => {
  const controller = mountRecordForm(document.getElementById("facility-form"), "facility");
  await controller.ready;
  window.ctxhForm = controller;
});
