using System.Text.Json;
using StaticBench.GitHub.Client;
using StaticBench.Runner.Engines.Configured;

namespace StaticBench.Bot.Config;

/// <summary>
/// Reads <c>bot.json</c> (format in docs/bot.md) into a <see cref="BotConfig"/>. Every problem names the
/// file and its JSON path; unknown keys are errors, so a typo never silently falls back to a default.
/// The <c>engines</c> array is the engines-file format, read by <see cref="EnginesFile"/> itself.
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

        return Parse(File.ReadAllText(full), path, Path.GetDirectoryName(full)!);
    }

    /// <summary>Parses the file's text; relative paths are resolved against <paramref name="baseFolder"/>.</summary>
    public static BotConfig Parse(string json, string source, string baseFolder)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new BotConfigException($"{source}: not JSON: {e.Message}");
        }

        var at = new Reader(source, baseFolder);
        at.Object(root, "$", Known, token: true);
        var repositories = at.Strings(root, "$", "repositories") is { Count: > 0 } list
            ? list
            : throw at.Error("$.repositories", "is required: the repositories to watch, as [\"owner/name\"]");
        for (var i = 0; i < repositories.Count; i++)
        {
            try
            {
                RepositoryName.Parse(repositories[i]);
            }
            catch (FormatException e)
            {
                throw at.Error($"$.repositories[{i}]", e.Message);
            }
        }

        IReadOnlyList<ConfiguredEngineSpec> engines;
        try
        {
            engines = EnginesFile.Parse(json, source, baseFolder);
        }
        catch (EnginesFileException e)
        {
            throw new BotConfigException(e.Message);
        }

        CheckEngines(engines, at);
        return new BotConfig
        {
            Repositories = repositories,
            Machine = at.Text(root, "$", "machine") ?? throw at.Error("$.machine", "is required: this machine's name in results and statuses, e.g. \"x86-bench-1\""),
            BotLogin = at.Text(root, "$", "botLogin") ?? throw at.Error("$.botLogin", "is required: the bot's own GitHub login"),
            ApiUrl = at.Url(root, "$", "apiUrl") ?? new Uri("https://api.github.com/"),
            AllowList = ReadAllowList(root, at),
            RequireWritePermission = at.Bool(root, "$", "requireWritePermission") ?? false,
            StateFile = at.Path(root, "$", "stateFile") ?? throw at.Error("$.stateFile", "is required: where the queue is kept across restarts"),
            WorkFolder = at.Path(root, "$", "workFolder") ?? System.IO.Path.Combine(baseFolder, "bot-work"),
            PollInterval = TimeSpan.FromSeconds(at.Number(root, "$", "pollSeconds", 1, 86400) ?? 60),
            SiteUrl = at.Url(root, "$", "siteUrl")?.AbsoluteUri,
            Data = ReadData(root, at),
            Project = ReadProject(root, at),
            Engines = engines,
            Threshold = (at.Number(root, "$", "thresholdPercent", 0, 100) ?? 1) / 100,
            FailOnRegression = (at.Number(root, "$", "failOnRegressionPercent", 0, 10000) ?? 5) / 100,
            AllowUnsandboxed = at.Bool(root, "$", "allowUnsandboxed") ?? false,
        };
    }

    private static void CheckEngines(IReadOnlyList<ConfiguredEngineSpec> engines, Reader at)
    {
        for (var i = 0; i < engines.Count; i++)
        {
            var spec = engines[i];
            if (spec.SightglassLibrary is not null)
            {
                throw at.Error($"$.engines[{i}].sightglass", "is not supported by the bot: give commands that use {checkout}");
            }

            if (spec.Name.Contains('@', StringComparison.Ordinal))
            {
                throw at.Error($"$.engines[{i}].name", "must not contain '@': the bot names the two sides <name>@base and <name>@head");
            }

            if (spec.VersionCommand?.Arguments.Any(CheckoutPlaceholder.Uses) == true)
            {
                throw at.Error($"$.engines[{i}].version", "must not use {checkout}: the version probe runs outside the sandbox, and a pull request's code never does");
            }

            if (!spec.Commands.Values.Any(c => c.Arguments.Any(CheckoutPlaceholder.Uses)))
            {
                throw at.Error($"$.engines[{i}].commands", "use {checkout} nowhere, so base and head would run the same program: point a command at the built checkout, e.g. [\"{checkout}/bin/engine\", \"{wasm}\"]");
            }
        }
    }

    private static AllowListSource ReadAllowList(JsonElement root, Reader at)
    {
        if (!root.TryGetProperty("allowList", out var element))
        {
            throw at.Error("$.allowList", "is required: {\"dataFile\": \"bot/allow-list.txt\"} (in the data folder), {\"file\": \"allow.txt\"} or {\"logins\": [\"alice\"]}");
        }

        at.Object(element, "$.allowList", KnownAllowList);
        var source = new AllowListSource(at.Text(element, "$.allowList", "dataFile"), at.Path(element, "$.allowList", "file"), at.Strings(element, "$.allowList", "logins"));
        var given = new object?[] { source.DataFile, source.LocalFile, source.Logins }.Count(v => v is not null);
        return given == 1 ? source : throw at.Error("$.allowList", "give exactly one of dataFile, file or logins");
    }

    private static DataSettings ReadData(JsonElement root, Reader at)
    {
        if (!root.TryGetProperty("data", out var data))
        {
            throw at.Error("$.data", "is required: {\"location\": \"path or URL of the data repository\", \"branch\": \"main\", \"path\": \"\"}");
        }

        at.Object(data, "$.data", KnownData);
        var location = at.Text(data, "$.data", "location") ?? throw at.Error("$.data.location", "is required: the data repository (a folder or a URL)");
        var remote = location.Contains("://", StringComparison.Ordinal) || (location.Contains('@') && location.Contains(':'));
        return new DataSettings(
            remote ? location : System.IO.Path.GetFullPath(location, at.BaseFolder),
            at.Text(data, "$.data", "branch") ?? "main",
            at.Text(data, "$.data", "path", allowEmpty: true) ?? "");
    }

    private static ProjectSettings ReadProject(JsonElement root, Reader at)
    {
        if (!root.TryGetProperty("project", out var project))
        {
            return new ProjectSettings();
        }

        const string p = "$.project";
        at.Object(project, p, KnownProject);
        var defaults = new ProjectSettings();
        var build = at.Strings(project, p, "build") ?? [];
        return new ProjectSettings
        {
            CloneUrl = at.Text(project, p, "cloneUrl") ?? defaults.CloneUrl,
            Build = build,
            BuildTimeLimit = at.Number(project, p, "buildTimeoutSeconds", 1, 86400) is { } b ? TimeSpan.FromSeconds(b) : defaults.BuildTimeLimit,
            Suite = at.Path(project, p, "suite"),
            Samples = (int)(at.Number(project, p, "samples", 1, 1000) ?? defaults.Samples),
            Warmup = (int)(at.Number(project, p, "warmup", 0, 100) ?? defaults.Warmup),
            Sizes = at.Strings(project, p, "sizes") ?? [],
            TimeLimit = at.Number(project, p, "timeoutSeconds", 1, 86400) is { } t ? TimeSpan.FromSeconds(t) : defaults.TimeLimit,
        };
    }

    /// <summary>Typed reads that name the JSON path of what is wrong.</summary>
    private sealed record Reader(string Source, string BaseFolder)
    {
        public BotConfigException Error(string path, string message) => new($"{Source}: {path}: {message}");

        public void Object(JsonElement element, string at, string[] known, bool token = false)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Error(at, "must be an object");
            }

            foreach (var property in element.EnumerateObject())
            {
                if (token && property.Name.Contains("token", StringComparison.OrdinalIgnoreCase))
                {
                    throw Error($"{at}.{property.Name}", $"the GitHub token never goes in the config file: set {GitHubToken.Variables[0]} or {GitHubToken.Variables[1]} in the bot's environment");
                }

                if (!known.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw Error($"{at}.{property.Name}", $"unknown key; known: {string.Join(", ", known)}");
                }
            }
        }

        public string? Text(JsonElement parent, string at, string name, bool allowEmpty = false)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String && value.GetString() is { } text && (allowEmpty || text.Length > 0)
                ? text
                : throw Error($"{at}.{name}", allowEmpty ? "must be a string" : "must be a non-empty string");
        }

        public string? Path(JsonElement parent, string at, string name) =>
            Text(parent, at, name) is { } text ? System.IO.Path.GetFullPath(text, BaseFolder) : null;

        public Uri? Url(JsonElement parent, string at, string name) =>
            Text(parent, at, name) is not { } text ? null
            : Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri
            : throw Error($"{at}.{name}", $"'{text}' is not an http(s) URL");

        public bool? Bool(JsonElement parent, string at, string name) =>
            !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
            : throw Error($"{at}.{name}", "must be true or false");

        public double? Number(JsonElement parent, string at, string name, double min, double max) =>
            !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.Number && value.GetDouble() is var n && n >= min && n <= max ? n
            : throw Error($"{at}.{name}", $"must be a number from {min} to {max}");

        public IReadOnlyList<string>? Strings(JsonElement parent, string at, string name)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                throw Error($"{at}.{name}", "must be an array of strings (never a shell line)");
            }

            var items = new List<string>();
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                items.Add(item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text
                    ? text
                    : throw Error($"{at}.{name}[{i}]", "must be a non-empty string"));
                i++;
            }

            return items;
        }
    }
}
