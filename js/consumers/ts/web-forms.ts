// Consumer: the form kit with the plain-browser entry: "ctxh/web", init, then "ctxh/web/forms".
import init from "ctxh/web";
import { bindForm } from "ctxh/web/forms";
import type { FormController } from "ctxh/web/forms";

export async function start(form: HTMLFormElement): Promise<FormController> {
  await init();
  return bindForm(form, "facility", { lang: "en" });
}
