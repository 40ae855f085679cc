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

    private TemplateSet(string folder, Dictionary<string, HandlebarsTemplate<object, object>> templates, string fingerprint)
    {
        Folder = folder;
        _templates = templates;
        Fingerprint = fingerprint;
    }

    /// <summary>The folder the templates came from (its <c>assets/</c> are copied into the site).</summary>
    public string Folder { get; }

    /// <summary>Names of the templates rendered so far; tests use it to prove every template was exercised.</summary>
    public IReadOnlyCollection<string> Used => _used;

    public IReadOnlyCollection<string> Names => _templates.Keys;

    /// <summary>A hash of every template's and partial's name and text: pages kept between builds (<see cref="Pages.PageWriter.WriteKept"/>) are made again when it changes.</summary>
    public string Fingerprint { get; }

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

        using var fingerprint = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        string Read(string kind, string file)
        {
            var text = TemplateSource.Read(file);
            fingerprint.AppendData(System.Text.Encoding.UTF8.GetBytes($"{kind}\0{Path.GetFileName(file)}\0{text.Length}\0{text}"));
            return text;
        }

        var partials = Path.Combine(folder, "partials");
        foreach (var file in (Directory.Exists(partials) ? Directory.GetFiles(partials, "*.hbs") : []).Order(StringComparer.Ordinal))
        {
            handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), Read("partial", file));
        }

        var templates = Directory.GetFiles(folder, "*.hbs").Order(StringComparer.Ordinal).ToDictionary(
            file => Path.GetFileNameWithoutExtension(file),
            file => handlebars.Compile(Read("template", file)),
            StringComparer.Ordinal);
        return new TemplateSet(folder, templates, Convert.ToHexStringLower(fingerprint.GetHashAndReset()));
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
