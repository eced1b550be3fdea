// A plain reader of /openapi.json, used when the swagger-ui-bundle package is not installed.
"use strict";
(async function () {
  const box = document.getElementById("ops");
  const spec = await (await fetch("/openapi.json")).json();
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };
  box.appendChild(el("p", spec.info && spec.info.description));
  for (const [path, ops] of Object.entries(spec.paths || {})) {
    for (const [method, op] of Object.entries(ops)) {
      const sec = el("section", null, "op");
      sec.appendChild(el("h2", method.toUpperCase() + " " + path));
      if (op.summary) sec.appendChild(el("p", op.summary));
      const params = op.parameters || [];
      if (params.length) {
        const ul = el("ul");
        for (const p of params) ul.appendChild(el("li", `${p.name} (${p.in}${p.required ? ", required" : ""}): ${p.description || ""}`));
        sec.appendChild(ul);
      }
      if (op.requestBody) sec.appendChild(el("pre", JSON.stringify(op.requestBody.content, null, 1)));
      box.appendChild(sec);
    }
  }
})();
