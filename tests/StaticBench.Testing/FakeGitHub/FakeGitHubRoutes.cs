using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace StaticBench.Testing.FakeGitHub;

/// <summary>The endpoints the fake serves, matched by method and path like GitHub's REST API.</summary>
internal static partial class FakeGitHubRoutes
{
    public static (int Status, Dictionary<string, string> Headers, JsonNode? Body) Handle(FakeGitHubState state, string method, string path, IQueryCollection query, string body, string baseUrl) =>
        state.With(data => Route(data, method, path, query, body, baseUrl));

    private static (int, Dictionary<string, string>, JsonNode?) Route(FakeGitHubData data, string method, string path, IQueryCollection query, string body, string baseUrl)
    {
        var none = new Dictionary<string, string>();
        Match m;
        if (method is "POST" or "PATCH" && TooLong(body) is { } tooLong)
        {
            return tooLong;
        }

        if (method == "GET" && (m = RepoComments().Match(path)).Success)
        {
            var since = query["since"].FirstOrDefault() is { } s ? DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : DateTimeOffset.MinValue;
            var matching = data.Comments.Where(c => (string)c["repo"]! == m.Groups["repo"].Value && DateTimeOffset.Parse((string)c["updated_at"]!, System.Globalization.CultureInfo.InvariantCulture) >= since)
                .OrderBy(c => (string)c["updated_at"]!, StringComparer.Ordinal);
            return Page(matching, query, baseUrl + path);
        }

        if (method == "GET" && (m = IssueComments().Match(path)).Success)
        {
            var issueUrl = $"/repos/{m.Groups["repo"].Value}/issues/{m.Groups["n"].Value}";
            return Page(data.Comments.Where(c => ((string)c["issue_url"]!).EndsWith(issueUrl, StringComparison.Ordinal)), query, baseUrl + path);
        }

        if (method == "POST" && (m = IssueComments().Match(path)).Success)
        {
            var id = data.NextId();
            var when = data.Tick().ToString("O");
            var repo = m.Groups["repo"].Value;
            var comment = new JsonObject
            {
                ["id"] = id,
                ["body"] = (string)JsonNode.Parse(body)!["body"]!,
                ["user"] = new JsonObject { ["login"] = "staticbench-bot", ["id"] = 1, ["type"] = "Bot" },
                ["created_at"] = when,
                ["updated_at"] = when,
                ["html_url"] = $"https://github.example/{repo}/pull/{m.Groups["n"].Value}#issuecomment-{id}",
                ["issue_url"] = $"https://api.github.example/repos/{repo}/issues/{m.Groups["n"].Value}",
                ["repo"] = repo,
            };
            data.Comments.Add(comment);
            return (201, none, comment.DeepClone());
        }

        if (method == "PATCH" && (m = OneComment().Match(path)).Success)
        {
            var comment = data.Comments.SingleOrDefault(c => (long)c["id"]! == long.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture));
            if (comment is null)
            {
                return NotFound();
            }

            comment["body"] = (string)JsonNode.Parse(body)!["body"]!;
            comment["updated_at"] = data.Tick().ToString("O");
            return (200, none, comment.DeepClone());
        }

        if (method == "POST" && (m = Reactions().Match(path)).Success)
        {
            var reaction = new JsonObject { ["id"] = data.NextId(), ["content"] = (string)JsonNode.Parse(body)!["content"]!, ["comment_id"] = long.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture) };
            data.Reactions.Add(reaction);
            return (201, none, reaction.DeepClone());
        }

        if (method == "GET" && (m = Pull().Match(path)).Success)
        {
            return data.Pulls.TryGetValue($"{m.Groups["repo"].Value}#{m.Groups["n"].Value}", out var pull) ? (200, none, pull.DeepClone()) : NotFound();
        }

        if (method == "GET" && (m = Permission().Match(path)).Success)
        {
            var login = Uri.UnescapeDataString(m.Groups["user"].Value);
            var permission = data.Permissions.GetValueOrDefault($"{m.Groups["repo"].Value}@{login}", "none");
            return (200, none, new JsonObject { ["permission"] = permission, ["user"] = new JsonObject { ["login"] = login, ["id"] = 3 } });
        }

        if (method == "POST" && (m = Statuses().Match(path)).Success)
        {
            var status = JsonNode.Parse(body)!.AsObject();
            status["id"] = data.NextId();
            status["sha"] = m.Groups["sha"].Value;
            data.Statuses.Add((JsonObject)status.DeepClone());
            return (201, none, status);
        }

        return NotFound();
    }

    /// <summary>GitHub-style pages: <c>per_page</c> and <c>page</c> in, a <c>Link</c> header with absolute <c>rel="next"</c> out.</summary>
    private static (int, Dictionary<string, string>, JsonNode?) Page(IEnumerable<JsonObject> items, IQueryCollection query, string url)
    {
        var perPage = int.TryParse(query["per_page"], out var p) ? Math.Clamp(p, 1, 100) : 30;
        var page = int.TryParse(query["page"], out var n) ? Math.Max(n, 1) : 1;
        var all = items.ToList();
        var slice = new JsonArray(all.Skip((page - 1) * perPage).Take(perPage).Select(c => (JsonNode)c.DeepClone()).ToArray());
        var headers = new Dictionary<string, string>();
        if (page * perPage < all.Count)
        {
            var rest = string.Join("&", query.Where(q => q.Key != "page").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}"));
            headers["Link"] = $"<{url}?{rest}&page={page + 1}>; rel=\"next\"";
        }

        return (200, headers, slice);
    }

    /// <summary>GitHub refuses a comment body over 65,536 characters with 422 "body is too long".</summary>
    private static (int, Dictionary<string, string>, JsonNode?)? TooLong(string body) =>
        body.Length > 0 && JsonNode.Parse(body) is JsonObject { } o && o["body"] is JsonValue b && ((string)b!).Length > MaxCommentLength
            ? (422, new Dictionary<string, string>(), new JsonObject { ["message"] = "Validation Failed", ["errors"] = new JsonArray(new JsonObject { ["resource"] = "IssueComment", ["code"] = "custom", ["field"] = "body", ["message"] = $"body is too long (maximum is {MaxCommentLength} characters)" }) })
            : null;

    /// <summary>GitHub's limit on a comment body, in characters.</summary>
    public const int MaxCommentLength = 65_536;

    private static (int, Dictionary<string, string>, JsonNode?) NotFound() => (404, new Dictionary<string, string>(), new JsonObject { ["message"] = "Not Found" });

    [GeneratedRegex("^repos/(?<repo>[^/]+/[^/]+)/issues/comments$")]
    private static partial Regex RepoComments();

    [GeneratedRegex("^repos/(?<repo>[^/]+/[^/]+)/issues/(?<n>\\d+)/comments$")]
    private static partial Regex IssueComments();

    [GeneratedRegex("^repos/(?<repo>[^/]+/[^/]+)/issues/comments/(?<id>\\d+)$")]
    private static partial Regex OneComment();

    [GeneratedRegex("^repos/(?<repo>[^/]+/[^/]+)/issues/comments/(?<id>\\d+)/reactions$")]
    private static partial Regex Reactions();

    [GeneratedRegex("^repos/(?<repo>[^/]+/[^/]+)/pulls/(?<n>\\d+)$")]
    private static partial Regex Pull();

    [GeneratedRegex("^repos/(?<repo>[^/]+/[^/]+)/collaborators/(?<user>[^/]+)/permission$")]
    private static partial Regex Permission();

    [GeneratedRegex("^repos/(?<repo>[^/]+/[^/]+)/statuses/(?<sha>[0-9a-f]+)$")]
    private static partial Regex Statuses();
}
