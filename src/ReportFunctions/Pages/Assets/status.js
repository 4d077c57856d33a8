// The status page of a submission still being processed: polls the same route's JSON and reloads once the
// status has changed, so the clerk sees 已发布 or the findings without pressing anything.
"use strict";
(() => {
  const follow = document.getElementById("status-follow");
  if (!follow) return;
  const url = follow.dataset.poll;
  let delay = 1500;
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
      if (response.ok) {
        const status = (await response.json()).status;
        if (status !== "Received") {
          location.reload();
          return;
        }
      }
    } catch {
      // Offline for a moment: try again later.
    }
    delay = Math.min(delay * 1.5, 15000);
    setTimeout(poll, delay);
  };
  setTimeout(poll, delay);
})();
