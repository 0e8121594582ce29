// The staff page: a staff record form bound with ctxh/forms.
import { mountRecordForm } from "./record-form.js";
import { startPage } from "./page.js";

startPage(async () => {
  const controller = mountRecordForm(document.getElementById("staff-form"), "staff");
  await controller.ready;
  window.ctxhForm = controller; // for the browser tests and the curious
});
