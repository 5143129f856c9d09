"""The page's CSS: the score card, alerts, before/after, phone-width layout, and dark-mode colours."""

CSS = """
.ats-card{border-radius:12px;padding:14px;border:1px solid var(--border-color-primary);
  background:var(--background-fill-secondary);color:var(--body-text-color)}
.ats-empty{opacity:.8}
.ats-total{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px;padding:10px 14px;border-radius:10px;
  margin-bottom:12px;color:#fff}
.ats-total.ats-good{background:#15803d}.ats-total.ats-fair{background:#b45309}
.ats-total.ats-poor{background:#b91c1c}
.ats-total *{color:#fff !important}
.ats-total-number{font-size:3rem;font-weight:800;line-height:1}
.ats-total-of{font-size:1.2rem;opacity:.9}
.ats-total-label{flex-basis:100%;font-size:.95rem;opacity:.95}
.ats-delta{margin-left:10px;font-weight:700;padding:2px 8px;border-radius:999px;
  background:rgba(255,255,255,.25)}
.ats-bars{display:grid;gap:6px;margin-bottom:12px}
.ats-bar-row{display:grid;grid-template-columns:minmax(90px,38%) 1fr 3em;align-items:center;gap:8px;
  font-size:.9rem}
.ats-bar-track{height:12px;border-radius:6px;background:var(--border-color-primary);overflow:hidden}
.ats-bar-fill{display:block;height:100%;border-radius:6px}
.ats-bar-fill.ats-good{background:#16a34a}.ats-bar-fill.ats-fair{background:#d97706}
.ats-bar-fill.ats-poor{background:#dc2626}
.ats-bar-value{text-align:right;font-variant-numeric:tabular-nums}
.ats-keywords div{margin:4px 0;line-height:1.9}
.ats-chip{display:inline-block;padding:0 8px;margin:0 4px 2px 0;border-radius:999px;font-size:.85rem;
  border:1px solid transparent}
.ats-chip-missing{background:#fee2e2;color:#991b1b;border-color:#fca5a5;font-weight:600}
.ats-chip-preferred{background:#fef3c7;color:#92400e;border-color:#fcd34d}
.ats-chip-matched{background:#dcfce7;color:#166534;border-color:#86efac}
.ats-deductions ol{padding-left:1.3em;margin:6px 0;max-height:26rem;overflow-y:auto}
.ats-deductions li{margin-bottom:6px}
.ats-points{font-weight:700;color:#dc2626}
.ats-fix{font-size:.88rem;opacity:.85}
.ats-alerts{list-style:none;padding:0;margin:0 0 12px 0;display:grid;gap:6px}
.ats-alert{padding:8px 10px;border-radius:8px;font-weight:600;border-left:6px solid}
.ats-alert-high{background:#fee2e2;color:#7f1d1d;border-color:#dc2626}
.ats-alert-medium{background:#fef3c7;color:#78350f;border-color:#d97706}
.ats-alert-low{background:#e0f2fe;color:#0c4a6e;border-color:#0284c7;font-weight:500}
.ats-error{padding:10px 12px;border-radius:8px;background:#fee2e2;color:#7f1d1d;border-left:6px solid #dc2626;
  font-weight:600;margin-bottom:8px}
.ats-suggestion{border:2px solid #2563eb;border-radius:10px;padding:10px;margin:6px 0}
.ats-edit-label{font-weight:700;margin-bottom:4px}
.ats-before p,.ats-after p{margin:2px 0 8px 0;padding:6px 8px;border-radius:6px}
.ats-before p{background:#fee2e2;color:#7f1d1d;text-decoration:line-through;text-decoration-color:#f87171}
.ats-after p{background:#dcfce7;color:#14532d}
.dark .ats-chip-missing{background:#7f1d1d;color:#fee2e2;border-color:#b91c1c}
.dark .ats-chip-preferred{background:#78350f;color:#fef3c7;border-color:#b45309}
.dark .ats-chip-matched{background:#14532d;color:#dcfce7;border-color:#15803d}
.dark .ats-alert-high,.dark .ats-error{background:#450a0a;color:#fecaca}
.dark .ats-alert-medium{background:#451a03;color:#fde68a}
.dark .ats-alert-low{background:#082f49;color:#bae6fd}
.dark .ats-before p{background:#450a0a;color:#fecaca}
.dark .ats-after p{background:#052e16;color:#bbf7d0}
#ats-status{font-size:.9rem}
@media (max-width: 700px){
  .ats-total-number{font-size:2.4rem}
  .ats-bar-row{grid-template-columns:minmax(80px,42%) 1fr 2.6em;font-size:.82rem}
  #ats-examples button{flex:1 1 100%}
  .ats-deductions ol{max-height:15rem}
  #ats-title h2{font-size:1.35rem}
}
"""

DARK_TOGGLE_JS = "() => { document.body.classList.toggle('dark'); }"
