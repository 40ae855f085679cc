using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// <c>regressions.atom</c>: the regressions page as an Atom 1.0 feed, each entry with its series' chart image as an enclosure. Built with LINQ to XML, so every
/// string is escaped; ids are stable (the finding's id) and every date comes from the data (commit
/// times), never the clock: unchanged data gives identical bytes.
/// </summary>
public sealed class RegressionsFeed : ISitePage
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public string Name => "regressions-feed";

    public void Render(SiteModel site, ISiteOutput output)
    {
        var updated = site.Findings.Count > 0 ? site.Findings.Max(f => f.When) : DateTimeOffset.UnixEpoch;
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", $"urn:staticbench:regressions:{Analysis.Series.SeriesId.ShortHash(site.Title)}"),
            new XElement(Atom + "title", $"Regressions · {site.Title}"),
            new XElement(Atom + "updated", Date(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "StaticBench")),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", "regressions.html")),
            site.Findings.Select(f => new XElement(Atom + "entry",
                new XElement(Atom + "id", $"urn:staticbench:finding:{f.Id}"),
                new XElement(Atom + "title", $"{(f.Acknowledged ? "[acknowledged] " : "")}{(f.Excursion is null ? "" : "[undone] ")}{f.KindText} {f.Change}: {f.Subject}"),
                new XElement(Atom + "updated", Date(f.When)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", f.RangeLink ?? $"regressions.html#finding-{f.Id}")),
                f.Image is null ? null : new XElement(Atom + "link", new XAttribute("rel", "enclosure"), new XAttribute("type", "image/png"), new XAttribute("href", f.Image)),
                new XElement(Atom + "summary", f.Message + (f.Acknowledged ? $" Acknowledged: {f.Note}" : "") + (f.Excursion is null ? "" : $" Undone: {f.Excursion}.")))));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Save(writer);
        }

        output.WriteText("regressions.atom", Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }

    private static string Date(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
