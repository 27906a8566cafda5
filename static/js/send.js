/* Forms that carry files (the report, an answer on the tracking page), made
   for cheap phones on slow data. Progressive enhancement only: without this
   file the form posts exactly the same fields.

   1. Photos are decoded here, scaled to at most 2000 px on the long side and
      encoded again as JPEG (canvas output holds no EXIF: no GPS position, no
      camera), then put back into the file input with a DataTransfer, so the
      ordinary form post carries them. The server cleans every file again
      (reports/attachments.py); files this browser cannot decode (HEIC in most
      browsers, PDF) are sent as they were chosen.
   2. The number of files and their total size are shown before sending.
   3. After the first press the form is "sending": the button no longer
      sends, the page says not to close it.
   4. With files, the form goes by XMLHttpRequest so the page can show how
      much has been sent, and the answer (the receipt, or the form with its
      errors) replaces this document in place: the same URL, no new history
      entry, nothing stored, so the tracking code still appears only in the
      receipt page and Back cannot post again. Without files the post stays
      an ordinary navigation (it is small). */
(function () {
  "use strict";
  if (!window.Promise || !window.createImageBitmap || !window.DataTransfer) {
    return;
  }
  var LONG_SIDE = 2000;
  var BUDGET = 600 * 1024; // bytes per photo, the last step excepted
  // Tried in turn until a photo fits the budget: [long side, JPEG quality].
  var STEPS = [[LONG_SIDE, 0.8], [LONG_SIDE, 0.65], [1600, 0.7], [1280, 0.7]];
  var PHOTO = /^image\/(jpeg|png|webp|hei[cf])$/;
  var PHOTO_NAME = /\.(jpe?g|png|webp|hei[cf])$/i;
  var DECODE_LIMIT = 40 * 1024 * 1024; // larger files are left to the server
  var PHOTO_TIME = 20000; // ms a photo may take before it goes as chosen
  var SLOW_AFTER = 60000; // ms of sending before a stopped browser is assumed
  var PROGRESS = !!(window.FormData && window.XMLHttpRequest &&
    "upload" in new XMLHttpRequest());

  function fill(template, values) {
    return (template || "").replace(/\{(\w+)\}/g, function (match, key) {
      return key in values ? values[key] : match;
    });
  }

  function size(bytes, texts) {
    if (bytes < 1024 * 1024) {
      return fill(texts.getAttribute("data-kb"), { n: Math.max(1, Math.round(bytes / 1024)) });
    }
    return fill(texts.getAttribute("data-mb"), { n: (bytes / 1048576).toFixed(1) });
  }

  function blobOf(canvas, quality) {
    return new Promise(function (resolve, reject) {
      canvas.toBlob(function (blob) {
        return blob ? resolve(blob) : reject(new Error("encode"));
      }, "image/jpeg", quality);
    });
  }

  function encode(bitmap, step, index) {
    var scale = Math.min(1, step[0] / Math.max(bitmap.width, bitmap.height));
    var canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    var context = canvas.getContext("2d");
    context.fillStyle = "#fff"; // transparent parts of a PNG become white
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.imageSmoothingQuality = "high";
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return blobOf(canvas, step[1]).then(function (blob) {
      canvas.width = canvas.height = 0; // hand the memory back
      if (blob.size <= BUDGET || index === STEPS.length - 1) {
        return blob;
      }
      return encode(bitmap, STEPS[index + 1], index + 1);
    });
  }

  // A smaller, clean JPEG of a photo; the file itself for anything else.
  function shrink(file) {
    var photo = PHOTO.test(file.type) || (!file.type && PHOTO_NAME.test(file.name));
    if (!photo || file.size > DECODE_LIMIT) {
      return Promise.resolve(file);
    }
    return createImageBitmap(file, { imageOrientation: "from-image" })
      .then(function (bitmap) {
        return encode(bitmap, STEPS[0], 0).then(function (blob) {
          bitmap.close();
          var name = file.name.replace(/\.[^.]*$/, "") + ".jpg";
          return new File([blob], name, { type: "image/jpeg" });
        });
      })
      .catch(function () {
        return file; // not decodable here: the server cleans it
      });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-send]"), function (form) {
    var button = form.querySelector("button[type=submit]");
    var status = form.querySelector("[data-sending-status]");
    var input = form.querySelector("input[type=file]");
    var summary = form.querySelector("[data-file-summary]");
    var label = button.textContent;
    var preparing = null; // a Promise while photos are being made smaller
    var busy = false;
    var slowTimer;
    var request = null; // the upload under way, if any

    function say(text, bar) {
      status.textContent = text;
      if (bar) {
        var line = document.createElement("span");
        line.className = "sending__bar";
        line.setAttribute("aria-hidden", "true");
        status.appendChild(line);
      }
    }

    function describe(files, shrunk) {
      if (!files.length) {
        summary.textContent = "";
        return;
      }
      var total = 0;
      files.forEach(function (file) { total += file.size; });
      var text = fill(summary.getAttribute(files.length === 1 ? "data-one" : "data-many"), {
        count: files.length,
        size: size(total, summary)
      });
      summary.textContent = "";
      summary.appendChild(document.createElement("strong")).textContent = text;
      if (shrunk) {
        summary.appendChild(document.createTextNode(" " + summary.getAttribute("data-shrunk")));
      }
    }

    function setBusy(on) {
      busy = on;
      button.setAttribute("aria-disabled", on ? "true" : "false");
      button.textContent = on ? form.getAttribute("data-button-busy") : label;
    }

    function reset() {
      clearTimeout(slowTimer);
      setBusy(false);
      say("");
    }

    if (input && summary) {
      input.addEventListener("change", function () {
        var chosen = Array.prototype.slice.call(input.files);
        describe(chosen, false);
        if (!chosen.some(function (file) { return PHOTO.test(file.type) || PHOTO_NAME.test(file.name); })) {
          preparing = null;
          return;
        }
        summary.textContent = summary.getAttribute("data-preparing");
        var current;
        var apply = function (results) {
          if (preparing !== current) {
            return; // another choice was made meanwhile
          }
          var shrunk = results.some(function (file, index) { return file !== chosen[index]; });
          try {
            var transfer = new DataTransfer();
            results.forEach(function (file) { transfer.items.add(file); });
            input.files = transfer.files;
          } catch (error) {
            results = chosen; // this browser keeps the files as chosen
            shrunk = false;
          }
          describe(results, shrunk);
        };
        current = preparing = chosen.reduce(function (done, file) {
          // One photo at a time: a cheap phone has little memory.
          return done.then(function (list) {
            var late = new Promise(function (resolve) {
              setTimeout(resolve, PHOTO_TIME, file); // too slow: as chosen
            });
            return Promise.race([shrink(file), late]).then(function (result) {
              return list.concat([result]);
            });
          });
        }, Promise.resolve([]))
          .then(apply)
          .catch(function () {
            describe(chosen, false); // whatever failed, the files go as chosen
          })
          .then(function () {
            if (preparing === current) {
              preparing = null;
            }
          });
      });
    }

    // Resolves once no photo is being prepared (a new choice may start
    // while an earlier one finishes).
    function ready() {
      var waiting = preparing;
      return waiting ? waiting.then(ready) : Promise.resolve();
    }

    // Runs before any other submit handler (capture), so a second press, or
    // a press while photos are prepared, goes no further.
    form.addEventListener("submit", function (event) {
      if (!busy && !preparing) {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      if (busy) {
        return;
      }
      setBusy(true);
      say(summary.getAttribute("data-preparing"), true);
      ready().then(function () {
        setBusy(false);
        if (form.requestSubmit) {
          form.requestSubmit(); // through the handlers again, to the server
        } else {
          sending();
          form.submit();
        }
      });
    }, true);

    function waitForSlow() {
      clearTimeout(slowTimer);
      // A browser that stopped (no signal, the stop button) says nothing:
      // after a minute the button works again. The server answers a resent
      // form with the same receipt, so a second press never sends twice.
      slowTimer = setTimeout(function () {
        setBusy(false);
        say(form.getAttribute("data-slow"), true);
      }, SLOW_AFTER);
    }

    function sending() {
      setBusy(true);
      say(form.getAttribute("data-sending"), true);
      waitForSlow();
    }

    // How much has left the phone, in steps of 10 %, under "keep this page
    // open"; only the changed step is read out (aria-atomic false).
    function progress(percent) {
      var text = fill(status.getAttribute("data-progress"), { percent: percent });
      var line = status.querySelector(".sending__percent");
      if (!line) {
        say(form.getAttribute("data-sending"));
        line = status.appendChild(document.createElement("span"));
        line.className = "sending__percent";
        var bar = status.appendChild(document.createElement("progress"));
        bar.className = "sending__progress";
        bar.max = 100;
        bar.setAttribute("aria-hidden", "true");
      }
      line.textContent = text;
      status.querySelector("progress").value = percent;
    }

    // The server's answer replaces this page in place, as a navigation
    // would have (these posts answer with a page, never a redirect). Not
    // after the quick exit (portal.js hides the page, then leaves):
    // document.open() would cancel that navigation. Any other navigation
    // begun meanwhile gives way to the answer: the code matters more.
    function show(answer) {
      if (document.body.hidden) {
        return;
      }
      if ((answer.getResponseHeader("Content-Type") || "").indexOf("text/html")) {
        lost();
        return;
      }
      clearTimeout(slowTimer);
      document.open();
      document.write(answer.responseText);
      document.close();
      window.scrollTo(0, 0);
    }

    function lost() {
      clearTimeout(slowTimer);
      request = null;
      setBusy(false);
      say(status.getAttribute("data-lost"));
    }

    function upload(submitter) {
      var data = new FormData(form);
      if (submitter && submitter.name) {
        data.append(submitter.name, submitter.value);
      }
      if (request) {
        request.abort(); // pressed again after "still sending"
      }
      var shown = -1;
      var current = request = new XMLHttpRequest();
      // The attribute, not form.action: a field named "action" hides that.
      current.open("POST", form.getAttribute("action") || window.location.href);
      current.upload.addEventListener("progress", function (event) {
        var percent = event.lengthComputable ? Math.floor(event.loaded * 10 / event.total) * 10 : -1;
        if (percent >= 0 && percent < 100 && percent !== shown) {
          shown = percent;
          progress(percent);
        }
        waitForSlow(); // still moving
      });
      current.upload.addEventListener("load", function () {
        say(form.getAttribute("data-sending"), true); // all sent; the server works
      });
      current.addEventListener("load", function () {
        if (request === current) {
          show(current);
        }
      });
      current.addEventListener("error", function () {
        if (request === current) {
          lost();
        }
      });
      current.send(data);
    }


    // Runs after every other handler: only a submit nobody stopped sends.
    form.addEventListener("submit", function (event) {
      if (event.defaultPrevented) {
        return;
      }
      sending();
      if (PROGRESS && input && input.files.length) {
        event.preventDefault();
        upload(event.submitter);
      }
    });

    // Back to this page from the receipt (the browser's page cache): a form
    // ready to use, not one that seems to be sending.
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) {
        reset();
      }
    });
  });
})();
