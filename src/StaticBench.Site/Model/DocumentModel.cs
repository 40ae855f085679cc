using StaticBench.Site.Templates;

namespace StaticBench.Site.Model;

/// <summary>A Markdown document of the data repository, rendered (see <see cref="Markdown.MarkdownRenderer"/>).</summary>
/// <param name="Source">Its path in the data folder, e.g. <c>notes/v8-upgrade.md</c>.</param>
/// <param name="Page">Site-relative path of its page, e.g. <c>notes/v8-upgrade.html</c>.</param>
/// <param name="Title">Its first heading, or its path.</param>
/// <param name="Html">The rendered body; raw HTML in the Markdown was escaped.</param>
public sealed record DocumentModel(string Source, string Page, string Title, TrustedHtml Html);
