using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>
/// <c>record --push</c> into a local folder: recording moves the folder's own branch, so when that folder
/// is a clone the commit never reaches the repository it was cloned from. That is refused, naming the URL
/// to record into instead; a local folder without remotes is itself the shared repository and is fine.
/// </summary>
internal static class ClonePush
{
    /// <exception cref="DataRepositoryException">The folder has remotes, so a push was expected to go to one of them.</exception>
    public static void RefuseClone(DataRepositoryLocation location)
    {
        GitEnvironment.EnsureInitialized();
        if (!Directory.Exists(location.Value) || !Repository.IsValid(location.Value))
        {
            return; // the branch mover reports a missing repository
        }

        using var repository = new Repository(location.Value);
        var remotes = repository.Network.Remotes.Select(r => $"{r.Name} ({r.Url})").ToArray();
        if (remotes.Length == 0)
        {
            return;
        }

        var first = repository.Network.Remotes.First().Url;
        throw new DataRepositoryException(
            $"--push: {location} is a clone (remotes: {string.Join(", ", remotes)}), and recording commits into the folder " +
            $"itself, so nothing would reach {first}. Record with --data {first} to push there, or leave out --push to " +
            "record into this clone only.");
    }
}
