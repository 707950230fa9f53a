// Check-in desk: where the browser can read QR codes (BarcodeDetector) and has a camera, a
// "Scan with the camera" button fills the code field from a badge and submits the form.
// Without it the page works the same: a USB or phone scanner types the code into the field.
(function () {
  /**
   * The parts of the Barcode Detection API this script uses (not in TypeScript's DOM types yet).
   * @typedef {{ detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> }} Detector
   * @typedef {new (options: { formats: string[] }) => Detector} DetectorClass
   */
  var form = document.querySelector('form[data-checkin-form]');
  var start = document.querySelector('button[data-checkin-camera]');
  var stop = document.querySelector('button[data-checkin-camera-stop]');
  var video = document.querySelector('video[data-checkin-video]');
  var field = document.getElementById('checkin-code');
  /** @type {DetectorClass | undefined} */
  var Detector = /** @type {{ BarcodeDetector?: DetectorClass }} */ (/** @type {unknown} */ (window)).BarcodeDetector;
  if (
    !(form instanceof HTMLFormElement) ||
    !(start instanceof HTMLButtonElement) ||
    !(stop instanceof HTMLButtonElement) ||
    !(video instanceof HTMLVideoElement) ||
    !(field instanceof HTMLInputElement) ||
    !Detector ||
    !navigator.mediaDevices ||
    !navigator.mediaDevices.getUserMedia
  )
    return;
  var theForm = form,
    startButton = start,
    stopButton = stop,
    camera = video,
    code = field,
    detector = new Detector({ formats: ['qr_code'] });
  /** @type {MediaStream | null} */
  var stream = null;
  startButton.hidden = false;

  function end() {
    if (stream) stream.getTracks().forEach((t) => t.stop());
    stream = null;
    camera.hidden = true;
    stopButton.hidden = true;
    startButton.hidden = false;
  }

  function scan() {
    if (!stream) return;
    detector
      .detect(camera)
      .then(function (found) {
        if (found.length && found[0].rawValue) {
          code.value = found[0].rawValue;
          end();
          theForm.requestSubmit();
        } else window.setTimeout(scan, 250);
      })
      .catch(function () {
        window.setTimeout(scan, 500);
      });
  }

  startButton.addEventListener('click', function () {
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(function (s) {
        stream = s;
        camera.srcObject = s;
        camera.hidden = false;
        startButton.hidden = true;
        stopButton.hidden = false;
        stopButton.focus();
        return camera.play().then(scan);
      })
      .catch(end);
  });
  stopButton.addEventListener('click', function () {
    end();
    startButton.focus();
  });
})();
