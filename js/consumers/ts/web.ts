// Consumer: the plain-browser entry "ctxh/web" (init first, then the same functions).
import init, { validateAddress, version } from "ctxh/web";
import type { Report } from "ctxh/web";

export async function start(): Promise<string> {
  await init();
  const report: Report = validateAddress({ codeSet: "legacy" }, { lang: "en" });
  return `${version().crateVersion} ${report.valid}`;
}
