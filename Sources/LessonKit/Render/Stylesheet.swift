/// The site's one stylesheet: readable prose, code and outputs, light and dark.
enum Stylesheet {
    static let css = """
    :root {
      color-scheme: light dark;
      --text: #1d1f21; --muted: #5c6166; --background: #fdfdfc; --surface: #f3f4f2;
      --border: #d9dcd6; --accent: #2557a7; --error: #b3261e; --error-surface: #fbeceb;
      --keyword: #9b2393; --type: #0b6e80; --number: #1c00cf; --string: #c41a16; --comment: #5d6c79;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --text: #e4e6e3; --muted: #a3a8a1; --background: #161817; --surface: #212422;
        --border: #3a3e3b; --accent: #8ab4f8; --error: #f2b8b5; --error-surface: #3b1f1d;
        --keyword: #fc5fa3; --type: #5dd8ff; --number: #d0bf69; --string: #fc6a5d; --comment: #7f8c98;
      }
    }
    * { box-sizing: border-box; }
    body {
      margin: 0; background: var(--background); color: var(--text);
      font: 17px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif;
    }
    main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
    .site-header { border-bottom: 1px solid var(--border); padding: 0.6rem 1.25rem; }
    .site-header a { color: var(--muted); text-decoration: none; font-weight: 600; }
    a { color: var(--accent); }
    h1, h2, h3 { line-height: 1.25; }
    code, pre { font: 14px/1.5 ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
    pre { overflow-x: auto; padding: 0.75rem 1rem; border-radius: 6px; margin: 0; }
    pre.code { background: var(--surface); border: 1px solid var(--border); margin-top: 1rem; }
    .hl-keyword { color: var(--keyword); font-weight: 600; }
    .hl-type { color: var(--type); }
    .hl-number { color: var(--number); }
    .hl-string { color: var(--string); }
    .hl-comment { color: var(--comment); font-style: italic; }
    .outputs { border-left: 3px solid var(--border); margin: 0 0 1rem; }
    .outputs pre { white-space: pre-wrap; }
    pre.value { color: var(--muted); }
    pre.value::before { content: "→ "; }
    math { font-family: "Latin Modern Math", "STIX Two Math", "Cambria Math", "DejaVu Math TeX Gyre", math; font-size: 1.1em; }
    math[display="block"] { margin: 1rem 0; overflow-x: auto; overflow-y: hidden; }
    code.tex { color: var(--error); }
    figure.plot { margin: 0.5rem 1rem; }
    figure.plot svg { display: block; width: 100%; max-width: 34rem; height: auto; margin: 0 auto; }
    .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 0.5rem; }
    .figures figure.plot { margin: 0.25rem; }
    figure.tensor { margin: 0; padding: 0.5rem 1rem; overflow-x: auto; }
    figure.tensor table { border-collapse: collapse; font: 14px/1.4 ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
    figure.tensor td { padding: 0.1rem 0.6rem; text-align: right; border: 1px solid var(--border); }
    figure.tensor td.elided { color: var(--muted); text-align: center; }
    figure.tensor figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 0.25rem; }
    pre.error { color: var(--error); background: var(--error-surface); }
    pre.error.expected { color: inherit; background: var(--surface); }
    pre.error.expected::before { content: "Expected error\\A"; font-weight: 600; }
    .skipped { color: var(--muted); font-style: italic; margin: 0.5rem 1rem; }
    .needs { color: var(--muted); margin: 0.5rem 1rem; }
    section.exercise { border: 2px solid var(--accent); border-radius: 8px; padding: 0 0.6rem 0.5rem; margin: 1.5rem 0; }
    .exercise-title, .check-title { margin: 0.75rem 0 0; font-size: 0.95rem; color: var(--muted); }
    .exercise-title strong { color: var(--text); }
    section.exercise pre.code { margin-top: 0.5rem; padding: 0.6rem; }
    div.check { margin: 1rem 0; }
    .toc { border: 1px solid var(--border); border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0 2rem; }
    .toc p { margin: 0 0 0.25rem; font-weight: 600; }
    .toc ul { margin: 0; padding-left: 1.25rem; }
    .toc .toc-3 { margin-left: 1rem; }
    .anchor { color: var(--muted); text-decoration: none; visibility: hidden; font-weight: 400; }
    h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, .anchor:focus { visibility: visible; }
    .author { color: var(--muted); margin-top: -0.5rem; }
    .site-header { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; justify-content: space-between; }
    form.search { position: relative; }
    form.search input { font: inherit; font-size: 0.95rem; padding: 0.2rem 0.5rem; border: 1px solid var(--border);
      border-radius: 4px; background: var(--background); color: var(--text); width: 14rem; max-width: 60vw; }
    form.search ol { position: absolute; right: 0; z-index: 1; list-style: none; margin: 0.25rem 0 0; padding: 0;
      background: var(--background); border: 1px solid var(--border); border-radius: 4px; width: 22rem; max-width: 90vw; }
    form.search ol:empty { display: none; }
    form.search li a { display: block; padding: 0.3rem 0.6rem; text-decoration: none; }
    .lesson-list li { margin-bottom: 0.75rem; }
    .lesson-list p { margin: 0; color: var(--muted); }
    .pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 3rem;
      border-top: 1px solid var(--border); padding-top: 1rem; }
    @media print {
      .site-header, .pager, .toc, .anchor { display: none; }
      figure.plot, figure.tensor, pre { break-inside: avoid; }
      pre { white-space: pre-wrap; }
    }

    """
}
