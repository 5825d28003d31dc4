// Click a highlighted quote to show who said it (the matching entry in the side panel), and back.
document.addEventListener("click", function (event) {
  var target = event.target.closest("[data-q]");
  if (!target || !target.closest(".article, .result")) return;
  var root = target.closest(".article, .result");
  var q = target.getAttribute("data-q");
  root.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
  root.querySelectorAll('[data-q="' + q + '"]').forEach(function (el) { el.classList.add("active"); });
  var item = root.querySelector("#quote-" + q);
  var piece = root.querySelector('.article-text [data-q="' + q + '"]');
  if (target.closest(".quote-list")) {
    if (piece) piece.scrollIntoView({ block: "center", behavior: "smooth" });
  } else if (item) {
    item.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }
});
