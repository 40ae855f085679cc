using System.Text.Json.Nodes;

namespace StaticBench.Testing.FakeGitHub;

/// <summary>What the fake GitHub knows: set up by tests, changed by the requests it serves. Thread-safe through one lock.</summary>
public sealed class FakeGitHubState
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _comments = [];
    private readonly Dictionary<string, JsonObject> _pulls = [];
    private readonly Dictionary<string, string> _permissions = [];
    private readonly List<JsonObject> _statuses = [];
    private readonly List<JsonObject> _reactions = [];
    private long _nextId = 1000;
    private DateTimeOffset _clock = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A comment by <paramref name="login"/> on issue or pull request <paramref name="issue"/> of <paramref name="repo"/> (owner/name).</summary>
    public long AddComment(string repo, int issue, string login, string body)
    {
        lock (_gate)
        {
            var id = _nextId++;
            var when = Tick();
            _comments.Add(new JsonObject
            {
                ["id"] = id,
                ["body"] = body,
                ["user"] = new JsonObject { ["login"] = login, ["id"] = Math.Abs(login.GetHashCode(StringComparison.Ordinal)), ["type"] = "User" },
                ["created_at"] = when.ToString("O"),
                ["updated_at"] = when.ToString("O"),
                ["html_url"] = $"https://github.example/{repo}/pull/{issue}#issuecomment-{id}",
                ["issue_url"] = $"https://api.github.example/repos/{repo}/issues/{issue}",
                ["repo"] = repo,
            });
            return id;
        }
    }

    /// <summary>Edits a comment as its author would, bumping <c>updated_at</c>.</summary>
    public void EditComment(long id, string body)
    {
        lock (_gate)
        {
            var comment = _comments.Single(c => (long)c["id"]! == id);
            comment["body"] = body;
            comment["updated_at"] = Tick().ToString("O");
        }
    }

    public void AddPullRequest(string repo, int number, string headSha, string baseSha, string state = "open", string author = "contributor")
    {
        lock (_gate)
        {
            _pulls[$"{repo}#{number}"] = new JsonObject
            {
                ["number"] = number,
                ["state"] = state,
                ["title"] = $"PR {number}",
                ["user"] = new JsonObject { ["login"] = author, ["id"] = 7 },
                ["head"] = new JsonObject { ["ref"] = $"feature-{number}", ["sha"] = headSha, ["repo"] = new JsonObject { ["full_name"] = repo, ["clone_url"] = $"https://github.example/{repo}.git", ["fork"] = false } },
                ["base"] = new JsonObject { ["ref"] = "main", ["sha"] = baseSha, ["repo"] = new JsonObject { ["full_name"] = repo, ["clone_url"] = $"https://github.example/{repo}.git", ["fork"] = false } },
                ["html_url"] = $"https://github.example/{repo}/pull/{number}",
            };
        }
    }

    public void SetPermission(string repo, string login, string permission)
    {
        lock (_gate)
        {
            _permissions[$"{repo}@{login}"] = permission;
        }
    }

    public IReadOnlyList<JsonObject> Comments(string repo)
    {
        lock (_gate)
        {
            return _comments.Where(c => (string)c["repo"]! == repo).Select(c => (JsonObject)c.DeepClone()).ToArray();
        }
    }

    public IReadOnlyList<JsonObject> Statuses
    {
        get
        {
            lock (_gate)
            {
                return _statuses.Select(s => (JsonObject)s.DeepClone()).ToArray();
            }
        }
    }

    public IReadOnlyList<JsonObject> Reactions
    {
        get
        {
            lock (_gate)
            {
                return _reactions.Select(s => (JsonObject)s.DeepClone()).ToArray();
            }
        }
    }

    internal T With<T>(Func<FakeGitHubData, T> action)
    {
        lock (_gate)
        {
            return action(new FakeGitHubData(_comments, _pulls, _permissions, _statuses, _reactions, () => _nextId++, Tick));
        }
    }

    private DateTimeOffset Tick() => _clock = _clock.AddSeconds(1);
}

/// <summary>The state's collections, handed to the routes while the lock is held.</summary>
internal sealed record FakeGitHubData(
    List<JsonObject> Comments,
    Dictionary<string, JsonObject> Pulls,
    Dictionary<string, string> Permissions,
    List<JsonObject> Statuses,
    List<JsonObject> Reactions,
    Func<long> NextId,
    Func<DateTimeOffset> Tick);
