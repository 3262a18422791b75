// The compose page (templates/web/letters/edit.html): rows added, removed and moved in place, fields
// that the chosen kind does not use hidden, and a PDF preview of the unsaved form kept up to date
// beside it. Without this script every button posts the form and the server does the same.
"use strict";
(() => {
  const form = document.getElementById("letter-form");
  if (!form) {
    return;
  }
  const main = document.querySelector("main.compose");
  const frame = document.getElementById("preview-frame");
  const status = document.getElementById("preview-status");
  const template = document.getElementById("row-template");
  const kind = document.getElementById("f-kind");
  const LABELS = { body: "ย่อหน้าที่", references: "อ้างถึง", enclosures: "สิ่งที่ส่งมาด้วย" };
  const THAI = "๐๑๒๓๔๕๖๗๘๙";
  const thai = (n) => String(n).replace(/[0-9]/g, (d) => THAI[d]);

  // Rows: number labels, ids and the buttons' values as the server would after the change.
  function renumber(fieldset) {
    const list = fieldset.dataset.list;
    fieldset.querySelectorAll(".row-item").forEach((item, i) => {
      const label = item.querySelector(".row-label");
      const area = item.querySelector("textarea");
      area.id = `f-${list}-${i}`;
      area.name = list;
      label.htmlFor = area.id;
      label.textContent = `${LABELS[list]} ${thai(i + 1)}`;
      for (const b of item.querySelectorAll("button[data-row]")) {
        b.value = `${b.dataset.row}-${list}-${i}`;
        const what = { up: "เลื่อน%s ขึ้น", down: "เลื่อน%s ลง", remove: "ลบ%s" }[b.dataset.row];
        b.setAttribute("aria-label", what.replace("%s", `${LABELS[list]} ${thai(i + 1)}`));
      }
    });
  }

  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-row]");
    if (!button) {
      return;
    }
    event.preventDefault();
    const fieldset = button.closest("fieldset[data-list]");
    const rows = fieldset.querySelector(".rows-list");
    const item = button.closest(".row-item");
    let focus = null;
    switch (button.dataset.row) {
      case "add": {
        const fresh = template.content.firstElementChild.cloneNode(true);
        if (fieldset.dataset.list === "body") {
          fresh.querySelector("textarea").rows = 4;
        }
        rows.appendChild(fresh);
        focus = fresh.querySelector("textarea");
        break;
      }
      case "remove":
        focus = (item.nextElementSibling || item.previousElementSibling)?.querySelector("textarea")
          || fieldset.querySelector("button[data-row=add]");
        item.remove();
        break;
      case "up":
        if (item.previousElementSibling) {
          rows.insertBefore(item, item.previousElementSibling);
        }
        focus = button;
        break;
      case "down":
        if (item.nextElementSibling) {
          rows.insertBefore(item.nextElementSibling, item);
        }
        focus = button;
        break;
    }
    renumber(fieldset);
    if (focus) {
      focus.focus();
    }
    schedulePreview();
  });

  // Fields the chosen kind does not print are hidden (and still sent, so nothing typed is lost).
  function showFieldsOfKind() {
    for (const el of form.querySelectorAll("[data-kinds]")) {
      el.hidden = !el.dataset.kinds.split(" ").includes(kind.value);
    }
  }
  kind.addEventListener("change", showFieldsOfKind);
  showFieldsOfKind();

  // The preview: the form as it is, rendered by the server a moment after typing stops.
  let timer = null;
  let running = null;
  let lastUrl = null;
  function schedulePreview() {
    clearTimeout(timer);
    timer = setTimeout(preview, 900);
  }
  async function preview() {
    if (running) {
      running.abort();
    }
    running = new AbortController();
    status.textContent = "กำลังสร้างตัวอย่าง…";
    frame.dataset.state = "loading";
    try {
      const body = new URLSearchParams(new FormData(form));
      body.delete("action");
      const response = await fetch("/letters/preview", {
        method: "POST",
        body,
        headers: { Accept: "application/pdf, application/json" },
        signal: running.signal,
      });
      if (!response.ok) {
        let message = "สร้างตัวอย่างไม่สำเร็จ";
        try {
          const problem = await response.json();
          message = `ยังแสดงตัวอย่างไม่ได้: ${problem.message}`;
        } catch (e) {
          // not a problem body: keep the general message
        }
        status.textContent = message;
        frame.dataset.state = "error";
        return;
      }
      const blob = await response.blob();
      if (lastUrl) {
        URL.revokeObjectURL(lastUrl);
      }
      lastUrl = URL.createObjectURL(blob);
      frame.src = lastUrl;
      frame.dataset.state = "ready";
      frame.dataset.bytes = String(blob.size);
      status.textContent = "ตัวอย่างล่าสุด (ยังไม่มีเลขที่)";
    } catch (e) {
      if (e.name !== "AbortError") {
        status.textContent = "เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ ตัวอย่างยังไม่อัปเดต";
        frame.dataset.state = "error";
      }
    }
  }
  form.addEventListener("input", schedulePreview);
  form.addEventListener("change", schedulePreview);
  preview();

  // On a narrow screen the preview takes the place of the form, behind a button.
  const toggle = document.querySelector(".preview-toggle");
  toggle.hidden = false;
  toggle.addEventListener("click", () => {
    const showing = main.classList.toggle("show-preview");
    toggle.setAttribute("aria-expanded", String(showing));
    toggle.textContent = showing ? "กลับไปแก้ไข" : "ดูตัวอย่าง";
    if (showing) {
      preview();
    }
  });

  // After a refused save, take the keyboard to the list of what to fix.
  document.getElementById("error-summary")?.focus();
})();
