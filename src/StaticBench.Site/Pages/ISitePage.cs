using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>One kind of output (the index, benchmark pages, data files...): reads the model, writes files.</summary>
public interface ISitePage
{
    /// <summary>A short name for reports and tests.</summary>
    string Name { get; }

    /// <summary>The templates it renders (inside <c>layout</c>); empty for files made without templates.</summary>
    IReadOnlyList<string> Templates => [];

    void Render(SiteModel site, ISiteOutput output);
}
