// The clerks' pages: small enhancements only; every form works without JavaScript.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Say at once that a file is over the upload limit, before sending it all.
  for (const input of document.querySelectorAll("input[type=file][data-max-bytes]")) {
    const message = document.getElementById("file-size-error");
    input.addEventListener("change", () => {
      let total = 0;
      for (const file of input.files) {
        total += file.size;
      }
      const tooLarge = total > Number(input.dataset.maxBytes);
      input.setCustomValidity(tooLarge ? "ไฟล์มีขนาดใหญ่เกินกำหนด" : "");
      input.setAttribute("aria-invalid", tooLarge ? "true" : "false");
      if (message) {
        message.hidden = !tooLarge;
      }
    });
  }
});
