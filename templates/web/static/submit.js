// The district's form page (templates/web/portal/submit/form.html): project rows added, removed and
// moved in place, renumbered as the server would. Without this script each row button posts the
// form and the server does the same.
"use strict";
(() => {
  const form = document.getElementById("submit-form");
  const list = document.getElementById("project-rows");
  const template = document.getElementById("row-template");
  if (!form || !list || !template) {
    return;
  }
  const THAI = "๐๑๒๓๔๕๖๗๘๙";
  const thai = (n) => String(n).replace(/[0-9]/g, (d) => THAI[d]);

  // Names p.I.FIELD and ids p-I-FIELD follow the rows' order; so do the buttons' values.
  function renumber() {
    list.querySelectorAll(".project-row").forEach((row, i) => {
      row.dataset.index = String(i);
      row.querySelector(".row-number").textContent = thai(i + 1);
      for (const el of row.querySelectorAll("[name^='p.']")) {
        el.name = el.name.replace(/^p\.[^.]+\./, `p.${i}.`);
      }
      for (const el of row.querySelectorAll("[id^='p-']")) {
        el.id = el.id.replace(/^p-[^-]+-/, `p-${i}-`);
      }
      for (const label of row.querySelectorAll("label[for^='p-']")) {
        label.htmlFor = label.htmlFor.replace(/^p-[^-]+-/, `p-${i}-`);
      }
      for (const b of row.querySelectorAll("button[data-row]")) {
        b.value = `${b.dataset.row}-${i}`;
      }
    });
  }

  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-row]");
    if (!button) {
      return;
    }
    event.preventDefault();
    const row = button.closest(".project-row");
    let focus = null;
    switch (button.dataset.row) {
      case "add": {
        const fresh = template.content.firstElementChild.cloneNode(true);
        list.appendChild(fresh);
        focus = fresh.querySelector("input, textarea, select");
        break;
      }
      case "remove":
        if (list.querySelectorAll(".project-row").length > 1) {
          focus = (row.nextElementSibling || row.previousElementSibling)?.querySelector("input, textarea");
          row.remove();
        }
        break;
      case "up":
        if (row.previousElementSibling) {
          list.insertBefore(row, row.previousElementSibling);
          focus = button;
        }
        break;
      case "down":
        if (row.nextElementSibling) {
          list.insertBefore(row.nextElementSibling, row);
          focus = button;
        }
        break;
    }
    renumber();
    if (focus) {
      focus.focus();
    }
  });

  // Submitting asks once more, as the confirmation box says.
  form.addEventListener("submit", (event) => {
    if (event.submitter && event.submitter.value === "submit"
        && document.getElementById("confirm").checked
        && !window.confirm("ส่งแบบนี้ให้จังหวัดใช่หรือไม่ ส่งแล้วแก้ไขไม่ได้ (ส่งใหม่ได้เป็นฉบับถัดไป)")) {
      event.preventDefault();
    }
  });
})();
