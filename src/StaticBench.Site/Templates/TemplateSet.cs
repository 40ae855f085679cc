using HandlebarsDotNet;

namespace StaticBench.Site.Templates;

/// <summary>
/// The Handlebars templates of one site build: every <c>*.hbs</c> in the templates folder is a
/// template named after its file (<c>index.hbs</c> → <c>index</c>), every <c>partials/*.hbs</c> a
/// partial. Users override the look by copying the folder and passing it as the templates folder.
/// HTML escaping is Handlebars' default; the only way around it is the <c>trusted</c> helper (see
/// <see cref="TrustedHtml"/>).
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _templates;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private TemplateSet(string folder, Dictionary<string, HandlebarsTemplate<object, object>> templates)
    {
        Folder = folder;
        _templates = templates;
    }

    /// <summary>The folder the templates came from (its <c>assets/</c> are copied into the site).</summary>
    public string Folder { get; }

    /// <summary>Names of the templates rendered so far; tests use it to prove every template was exercised.</summary>
    public IReadOnlyCollection<string> Used => _used;

    public IReadOnlyCollection<string> Names => _templates.Keys;

    /// <summary>Loads and compiles the templates in <paramref name="folder"/>.</summary>
    public static TemplateSet Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Templates folder not found: {folder}");
        }

        var configuration = new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true };
        configuration.ObjectDescriptorProviders.Add(new ModelProperties());
        var handlebars = Handlebars.Create(configuration);
        handlebars.RegisterHelper("trusted", static (output, _, arguments) =>
        {
            if (arguments.Length == 1 && arguments[0] is TrustedHtml trusted)
            {
                output.WriteSafeString(trusted.Value);
            }
            else
            {
                output.Write(arguments.Length == 1 ? arguments[0]?.ToString() ?? "" : "", encode: true);
            }
        });

        var partials = Path.Combine(folder, "partials");
        foreach (var file in (Directory.Exists(partials) ? Directory.GetFiles(partials, "*.hbs") : []).Order(StringComparer.Ordinal))
        {
            handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), TemplateSource.Read(file));
        }

        var templates = Directory.GetFiles(folder, "*.hbs").ToDictionary(
            file => Path.GetFileNameWithoutExtension(file),
            file => handlebars.Compile(TemplateSource.Read(file)),
            StringComparer.Ordinal);
        return new TemplateSet(folder, templates);
    }

    /// <summary>
    /// Fails, naming every missing file, unless the folder has each of <paramref name="names"/>: a site build asks for
    /// the templates its pages render (<see cref="SiteGenerator.RequiredTemplates"/>) before it renders anything.
    /// </summary>
    public void Require(IEnumerable<string> names)
    {
        var missing = names.Where(name => !_templates.ContainsKey(name)).ToArray();
        if (missing.Length > 0)
        {
            throw new FileNotFoundException($"Templates folder {Folder} lacks {string.Join(", ", missing.Select(m => m + ".hbs"))}: copy them from the default templates/ folder.");
        }
    }

    /// <summary>Renders template <paramref name="name"/> with <paramref name="model"/>. Safe from several threads.</summary>
    public string Render(string name, object model)
    {
        lock (_used)
        {
            _used.Add(name);
        }

        return _templates[name](model);
    }
}
