namespace ReportFunctions.Core.Rendering.Html;

/// <summary>
/// The inline stylesheet of the HTML edition: readable on a 390 px phone (tables scroll inside their own region,
/// never the page) and printable on A4 with the GB/T 9704-2012 margins and type sizes of the PDF.
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root{--ink:#1a1a1a;--rule:#555;--band:#dce6f2;--accent:#b30000}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;color:var(--ink);background:#fff;font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun,serif;font-size:1.0625rem;line-height:1.8}
        main{max-width:48rem;margin:0 auto;padding:1rem}
        h1,h2,h3{line-height:1.4;margin:1.5em 0 .5em}
        h1{font-size:1.5rem;text-align:center;font-weight:700;margin-top:.5em}
        h1 span{display:inline-block}
        h2{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",SimHei,sans-serif;font-size:1.125rem;font-weight:700}
        h3{font-size:1.0625rem;font-weight:700}
        p{margin:0 0 .5em;text-indent:2em;overflow-wrap:anywhere}
        .table-region{overflow-x:auto;margin:.75em 0 1.25em}
        .table-region:focus{outline:3px solid #fd0;outline-offset:2px}
        table{border-collapse:collapse;font-size:.875rem;line-height:1.5;min-width:100%}
        caption{font-weight:700;text-align:left;padding:.25em 0;background:var(--band)}
        th,td{border:1px solid var(--rule);padding:.25em .4em;vertical-align:middle}
        th{font-weight:400;text-align:left}
        thead th{text-align:center;font-weight:700}
        td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        th.vertical{writing-mode:vertical-rl;text-align:center;letter-spacing:.2em}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .signature{margin-top:2em;text-align:right;padding-right:2em}
        .signature p{text-indent:0;margin:0}
        @media (max-width:30rem){h1{font-size:1.375rem}}
        @media print{
          @page{size:A4;margin:37mm 26mm 35mm 28mm}
          body{font-size:16pt;line-height:28.99pt}
          main{max-width:none;padding:0}
          h1{font-size:22pt;line-height:36pt}
          h2,h3{font-size:16pt;break-after:avoid}
          table{font-size:10.5pt;break-inside:auto}
          thead{display:table-header-group}
          tr{break-inside:avoid}
          .table-region{overflow:visible}
        }
        """;
}
