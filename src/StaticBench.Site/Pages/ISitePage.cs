using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>One kind of output (the index, benchmark pages, data files...): reads the model, writes files.</summary>
public interface ISitePage
{
    /// <summary>A short name for reports and tests.</summary>
    string Name { get; }

    void Render(SiteModel site, ISiteOutput output);
}
