namespace StaticBench.Testing.FakeGitHub;

/// <summary>One request the fake GitHub received, as the test inspects it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? Authorization, string? IfNoneMatch, string Body, int Status);

/// <summary>A scripted answer for the next request matching <see cref="Matches"/>: an error, a rate limit, or a delay before the normal answer.</summary>
public sealed record Fault(Func<string, string, bool> Matches, int? Status = null, IReadOnlyDictionary<string, string>? Headers = null, string Body = "{\"message\":\"scripted failure\"}", TimeSpan Delay = default);
