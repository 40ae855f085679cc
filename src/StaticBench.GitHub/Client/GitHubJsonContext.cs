using System.Text.Json.Serialization;

namespace StaticBench.GitHub.Client;

/// <summary>Source-generated JSON for the few GitHub shapes we use; GitHub's snake_case names map to our properties.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(IssueComment))]
[JsonSerializable(typeof(List<IssueComment>))]
[JsonSerializable(typeof(PullRequest))]
[JsonSerializable(typeof(CollaboratorPermission))]
[JsonSerializable(typeof(Reaction))]
[JsonSerializable(typeof(CommitStatusRequest))]
[JsonSerializable(typeof(CommitStatus))]
[JsonSerializable(typeof(CompareResponse))]
[JsonSerializable(typeof(CommentBody))]
[JsonSerializable(typeof(ReactionBody))]
internal sealed partial class GitHubJsonContext : JsonSerializerContext;
