using System.Text;
using System.Text.Json;
using StaticBench.Schema.Validation;
using StaticBench.GitHub.Client;
using StaticBench.Runner.Engines.Configured;

namespace StaticBench.Bot.Config;

/// <summary>
/// Reads <c>bot.json</c> (format in docs/bot.md) into a <see cref="BotConfig"/> through the result format's strict
/// reader: every problem names the file and its JSON path, all of them at once; unknown keys are errors, so a typo
/// never silently falls back to a default. The <c>engines</c> array is the engines-file format, read by
/// <see cref="EnginesFile.Read"/> into the same checker.
/// </summary>
public static class BotConfigFile
{
    private static readonly string[] Known =
    [
        "repositories", "machine", "botLogin", "apiUrl", "allowList", "requireWritePermission", "stateFile", "workFolder",
        "pollSeconds", "siteUrl", "data", "project", "engines", "thresholdPercent", "failOnRegressionPercent", "allowUnsandboxed",
    ];

    private static readonly string[] KnownData = ["location", "branch", "path"];

    private static readonly string[] KnownProject = ["cloneUrl", "build", "buildTimeoutSeconds", "suite", "samples", "warmup", "sizes", "timeoutSeconds"];

    private static readonly string[] KnownAllowList = ["dataFile", "file", "logins"];

    public static BotConfig Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new BotConfigException($"{path}: no such config file");
        }

        return Parse(File.ReadAllBytes(full), path, Path.GetDirectoryName(full)!);
    }

    /// <summary>Parses the file's text; relative paths are resolved against <paramref name="baseFolder"/>.</summary>
    public static BotConfig Parse(string json, string source, string baseFolder) => Parse(Encoding.UTF8.GetBytes(json), source, baseFolder);

    /// <summary>Parses the file's bytes with the result format's strict reader (<see cref="StrictJson"/>, <see cref="ElementChecker"/>).</summary>
    /// <exception cref="BotConfigException">Every problem, one a line, each naming the file and its JSON path.</exception>
    public static BotConfig Parse(ReadOnlyMemory<byte> utf8, string source, string baseFolder)
    {
        var input = StrictJson.Parse(utf8, source, forConfiguration: true);
        if (input.Problem is { } problem)
        {
            throw new BotConfigException(problem.ToString());
        }

        using var document = input.Document!;
        var check = new ElementChecker(source);
        var config = Read(check, document.RootElement, baseFolder);
        return check.Problems.Count == 0 ? config! : throw new BotConfigException(string.Join("\n", check.Problems));
    }

    /// <summary>The config, complete only when <paramref name="check"/> has no problems afterwards.</summary>
    private static BotConfig? Read(ElementChecker check, JsonElement root, string baseFolder)
    {
        if (!check.IsObject(root, "$"))
        {
            return null;
        }

        var at = new Reader(check, baseFolder);
        foreach (var member in root.EnumerateObject().Where(m => m.Name.Contains("token", StringComparison.OrdinalIgnoreCase)))
        {
            check.Fail(ElementChecker.Child("$", member.Name), $"the GitHub token never goes in the config file: set {GitHubToken.Variables[0]} or {GitHubToken.Variables[1]} in the bot's environment");
        }

        check.OnlyKnown(root, "$", [.. Known.Concat(root.EnumerateObject().Select(m => m.Name).Where(n => n.Contains("token", StringComparison.OrdinalIgnoreCase)))]);
        var repositories = at.Has(root, "$", "repositories", "the repositories to watch, as [\"owner/name\"]")
            ? check.Strings(root, "$", "repositories", required: true)
            : null;
        if (repositories is { Count: 0 })
        {
            check.Fail("$.repositories", "must name at least one repository, as [\"owner/name\"]");
        }

        for (var i = 0; i < (repositories?.Count ?? 0); i++)
        {
            try
            {
                RepositoryName.Parse(repositories![i]);
            }
            catch (FormatException e)
            {
                check.Fail($"$.repositories[{i}]", e.Message);
            }
        }

        var engines = EnginesFile.Read(check, root, baseFolder);
        CheckEngines(engines, check);
        var machine = at.Required(root, "$", "machine", "this machine's name in results and statuses, e.g. \"x86-bench-1\"");
        var botLogin = at.Required(root, "$", "botLogin", "the bot's own GitHub login");
        var stateFile = at.Required(root, "$", "stateFile", "where the queue is kept across restarts") is { } state ? System.IO.Path.GetFullPath(state, baseFolder) : null;
        var config = new BotConfig
        {
            Repositories = repositories ?? [],
            Machine = machine ?? "",
            BotLogin = botLogin ?? "",
            ApiUrl = at.Url(root, "$", "apiUrl") ?? new Uri("https://api.github.com/"),
            AllowList = ReadAllowList(root, check, at),
            RequireWritePermission = check.Boolean(root, "$", "requireWritePermission", required: false) ?? false,
            StateFile = stateFile ?? "",
            WorkFolder = at.Path(root, "$", "workFolder") ?? System.IO.Path.Combine(baseFolder, "bot-work"),
            PollInterval = TimeSpan.FromSeconds(check.Number(root, "$", "pollSeconds", required: false, 1, 86400) ?? 60),
            SiteUrl = at.Url(root, "$", "siteUrl")?.AbsoluteUri,
            Data = ReadData(root, check, at),
            Project = ReadProject(root, check, at),
            Engines = engines,
            Threshold = (check.Number(root, "$", "thresholdPercent", required: false, 0, 100) ?? 1) / 100,
            FailOnRegression = (check.Number(root, "$", "failOnRegressionPercent", required: false, 0, 10000) ?? 5) / 100,
            AllowUnsandboxed = check.Boolean(root, "$", "allowUnsandboxed", required: false) ?? false,
        };
        return check.Problems.Count == 0 ? config : null;
    }

    private static void CheckEngines(IReadOnlyList<ConfiguredEngineSpec> engines, ElementChecker check)
    {
        for (var i = 0; i < engines.Count; i++)
        {
            var spec = engines[i];
            if (spec.SightglassLibrary is not null)
            {
                check.Fail($"$.engines[{i}].sightglass", "is not supported by the bot: give commands that use {checkout}");
            }
            else if (spec.Name.Contains('@', StringComparison.Ordinal))
            {
                check.Fail($"$.engines[{i}].name", "must not contain '@': the bot names the two sides <name>@base and <name>@head");
            }
            else if (spec.VersionCommand?.Arguments.Any(CheckoutPlaceholder.Uses) == true)
            {
                check.Fail($"$.engines[{i}].version", "must not use {checkout}: the version probe runs outside the sandbox, and a pull request's code never does");
            }
            else if (!spec.Commands.Values.Any(c => c.Arguments.Any(CheckoutPlaceholder.Uses)))
            {
                check.Fail($"$.engines[{i}].commands", "use {checkout} nowhere, so base and head would run the same program: point a command at the built checkout, e.g. [\"{checkout}/bin/engine\", \"{wasm}\"]");
            }
        }
    }

    private static AllowListSource ReadAllowList(JsonElement root, ElementChecker check, Reader at)
    {
        const string path = "$.allowList";
        var element = check.Member(root, "$", "allowList", required: false);
        if (element is null)
        {
            check.Fail(path, "is required: {\"dataFile\": \"bot/allow-list.txt\"} (in the data folder), {\"file\": \"allow.txt\"} or {\"logins\": [\"alice\"]}");
            return new AllowListSource(null, null, null);
        }

        if (!check.IsObject(element, path))
        {
            return new AllowListSource(null, null, null);
        }

        check.OnlyKnown(element.Value, path, KnownAllowList);
        var source = new AllowListSource(at.Text(element.Value, path, "dataFile"), at.Path(element.Value, path, "file"), check.Strings(element.Value, path, "logins", required: false));
        var given = new object?[] { source.DataFile, source.LocalFile, source.Logins }.Count(v => v is not null);
        if (given != 1)
        {
            check.Fail(path, "give exactly one of dataFile, file or logins");
        }

        return source;
    }

    private static DataRepositorySettings ReadData(JsonElement root, ElementChecker check, Reader at)
    {
        const string path = "$.data";
        var data = check.Member(root, "$", "data", required: false);
        if (data is null)
        {
            check.Fail(path, "is required: {\"location\": \"path or URL of the data repository\", \"branch\": \"main\", \"path\": \"\"}");
            return new DataRepositorySettings("", "main", "");
        }

        if (!check.IsObject(data, path))
        {
            return new DataRepositorySettings("", "main", "");
        }

        var d = data.Value;
        check.OnlyKnown(d, path, KnownData);
        var location = at.Required(d, path, "location", "the data repository (a folder or a URL)") ?? "";
        var remote = location.Contains("://", StringComparison.Ordinal) || (location.Contains('@') && location.Contains(':'));
        return new DataRepositorySettings(
            remote || location.Length == 0 ? location : System.IO.Path.GetFullPath(location, at.BaseFolder),
            at.Text(d, path, "branch") ?? "main",
            at.Text(d, path, "path", allowEmpty: true) ?? "");
    }

    private static ProjectSettings ReadProject(JsonElement root, ElementChecker check, Reader at)
    {
        const string p = "$.project";
        var defaults = new ProjectSettings();
        var element = check.Member(root, "$", "project", required: false);
        if (!check.IsObject(element, p))
        {
            return defaults;
        }

        var project = element!.Value;
        check.OnlyKnown(project, p, KnownProject);
        return new ProjectSettings
        {
            CloneUrl = at.Text(project, p, "cloneUrl") ?? defaults.CloneUrl,
            Build = check.Strings(project, p, "build", required: false, hint: "never a shell line") ?? [],
            BuildTimeLimit = check.Number(project, p, "buildTimeoutSeconds", required: false, 1, 86400) is { } b ? TimeSpan.FromSeconds(b) : defaults.BuildTimeLimit,
            Suite = at.Path(project, p, "suite"),
            Samples = (int)(check.Number(project, p, "samples", required: false, 1, 1000) ?? defaults.Samples),
            Warmup = (int)(check.Number(project, p, "warmup", required: false, 0, 100) ?? defaults.Warmup),
            Sizes = check.Strings(project, p, "sizes", required: false) ?? [],
            TimeLimit = check.Number(project, p, "timeoutSeconds", required: false, 1, 86400) is { } t ? TimeSpan.FromSeconds(t) : defaults.TimeLimit,
        };
    }

    /// <summary>The bot's own kinds of value over <see cref="ElementChecker"/>: non-empty text, paths, URLs.</summary>
    private sealed record Reader(ElementChecker Check, string BaseFolder)
    {
        /// <summary>False, with a problem that says what the member is for, when <paramref name="name"/> is absent.</summary>
        public bool Has(JsonElement parent, string at, string name, string purpose)
        {
            if (parent.TryGetProperty(name, out _))
            {
                return true;
            }

            Check.Fail(ElementChecker.Child(at, name), $"is required: {purpose}");
            return false;
        }

        /// <summary>Non-empty text that must be there.</summary>
        public string? Required(JsonElement parent, string at, string name, string purpose) =>
            Has(parent, at, name, purpose) ? Check.String(parent, at, name, required: true) : null;

        public string? Text(JsonElement parent, string at, string name, bool allowEmpty = false)
        {
            var text = Check.String(parent, at, name, required: false);
            if (text is { Length: 0 } && !allowEmpty)
            {
                Check.Fail(ElementChecker.Child(at, name), "must be a non-empty string");
                return null;
            }

            return text;
        }

        public string? Path(JsonElement parent, string at, string name) =>
            Text(parent, at, name) is { } text ? System.IO.Path.GetFullPath(text, BaseFolder) : null;

        public Uri? Url(JsonElement parent, string at, string name)
        {
            if (Text(parent, at, name) is not { } text)
            {
                return null;
            }

            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                return uri;
            }

            Check.Fail(ElementChecker.Child(at, name), $"{ElementChecker.Quote(text)} is not an http(s) URL");
            return null;
        }
    }
}
