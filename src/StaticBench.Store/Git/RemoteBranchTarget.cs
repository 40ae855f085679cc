using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>
/// A repository behind a URL, reached through a cached bare mirror (<see cref="MirrorCache"/>). The
/// tip is what a fresh fetch says; moving is a push whose rejection we actually see (over HTTP
/// libgit2 ignores a rejected ref update unless <see cref="PushOptions.OnPushStatusError"/> is set),
/// followed by a second fetch proving our commit is reachable from the remote branch.
/// </summary>
internal sealed class RemoteBranchTarget : IBranchTarget
{
    /// <summary>The remote's name inside the mirror.</summary>
    public const string RemoteName = "origin";

    /// <summary>Environment variable holding an access token (sent as password for <c>x-access-token</c>).</summary>
    public const string TokenVariable = "STATICBENCH_GIT_TOKEN";

    private readonly MirrorLease _mirror;
    private readonly string _url;
    private readonly string _canonicalBranch;
    private readonly string _trackingRef;

    private RemoteBranchTarget(MirrorLease mirror, string url, string canonicalBranch)
    {
        _mirror = mirror;
        _url = url;
        _canonicalBranch = canonicalBranch;
        _trackingRef = $"refs/remotes/{RemoteName}/{canonicalBranch["refs/heads/".Length..]}";
    }

    public Repository Repository => _mirror.Repository;

    public static RemoteBranchTarget Open(string url, string canonicalBranch, BranchMoverOptions options) =>
        new(MirrorCache.Open(url, options.CacheRoot), url, canonicalBranch);

    public Commit? ReadTip()
    {
        Fetch();
        return Repository.Refs[_trackingRef]?.ResolveToDirectReference()?.Target as Commit;
    }

    public bool TryMove(Commit? expected, NewCommit next)
    {
        // libgit2 pushes only from a ref; a mirror-local branch holds the commit we offer.
        Repository.Refs.Add(_canonicalBranch, next.Commit.Id, "staticbench: outgoing", allowOverwrite: true);

        // A commit that does not build on the tip we read (a publish replaces the branch) needs a force
        // push; the server still compares against the value it advertised, and we verify below.
        var force = expected is not null && next.Commit.Parents.All(p => p.Id != expected.Id);
        var rejected = false;
        var options = new PushOptions
        {
            CredentialsProvider = Credentials,
            OnPushStatusError = _ => rejected = true,
        };
        try
        {
            Repository.Network.Push(
                Repository.Network.Remotes[RemoteName], $"{(force ? "+" : "")}{_canonicalBranch}:{_canonicalBranch}", options);
        }
        catch (NonFastForwardException)
        {
            return false;
        }

        return !rejected && IsReachableFromRemoteTip(next.Commit);
    }

    public void Dispose() => _mirror.Dispose();

    private bool IsReachableFromRemoteTip(Commit ours)
    {
        var tip = ReadTip();
        return tip is not null
            && (tip.Id == ours.Id || Repository.ObjectDatabase.FindMergeBase(ours, tip)?.Id == ours.Id);
    }

    private void Fetch()
    {
        var refSpec = $"+{_canonicalBranch}:{_trackingRef}";
        var options = new FetchOptions { CredentialsProvider = Credentials, Prune = false, TagFetchMode = TagFetchMode.None };
        try
        {
            Commands.Fetch(Repository, RemoteName, [refSpec], options, logMessage: null);
        }
        catch (LibGit2SharpException e)
        {
            throw new DataRepositoryException(
                $"cannot fetch '{_canonicalBranch}' from {_url}: {e.Message}. Check the URL and, for a private " +
                $"repository, set {TokenVariable}.", e);
        }
    }

    internal static Credentials? Credentials(string url, string usernameFromUrl, SupportedCredentialTypes types) =>
        Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } token
            ? new UsernamePasswordCredentials { Username = "x-access-token", Password = token }
            : new DefaultCredentials();
}
