namespace StaticBench.Site.Templates;

/// <summary>
/// Markup that StaticBench's own code built with every data string already escaped: the SVG charts
/// (via <see cref="Charts.SvgMarkup"/>) and Markdown rendered with raw HTML disabled. It is the only
/// thing templates may output unescaped, and only through the <c>{{trusted X}}</c> helper, which
/// escapes anything that is not a <see cref="TrustedHtml"/>. Templates never use triple-stash.
/// </summary>
public sealed record TrustedHtml(string Value)
{
    public override string ToString() => Value;
}
