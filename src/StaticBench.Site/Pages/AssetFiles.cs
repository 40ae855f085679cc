using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>Copies <c>assets/**</c> of the templates folder (the stylesheet) to <c>assets/</c> of the site.</summary>
public sealed class AssetFiles(string templatesFolder) : ISitePage
{
    public string Name => "assets";

    public void Render(SiteModel site, ISiteOutput output)
    {
        var assets = Path.Combine(templatesFolder, "assets");
        if (!Directory.Exists(assets))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(assets, file).Replace(Path.DirectorySeparatorChar, '/');
            output.Write("assets/" + relative, File.ReadAllBytes(file));
        }
    }
}
