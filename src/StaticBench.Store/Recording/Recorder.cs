using LibGit2Sharp;
using StaticBench.Store.Git;

namespace StaticBench.Store.Recording;

/// <summary>
/// Records result files into the data repository as one commit, built without a work tree on the
/// current branch tip. Result files are immutable: a path already holding the same bytes is skipped
/// (recording a run twice is harmless), a path holding different bytes is refused.
/// </summary>
public static class Recorder
{
    /// <exception cref="DataRepositoryException">The repository is unusable, or a run id is already recorded with different content.</exception>
    public static RecordOutcome Record(RecordOptions options)
    {
        var (files, problems) = ResultFile.ReadAll(options.Files, options.DataFolder);
        if (problems.Count > 0)
        {
            return RecordOutcome.Invalid(problems);
        }

        var location = DataRepositoryLocation.Parse(options.Data);
        if (options.Push && !location.IsRemote)
        {
            ClonePush.RefuseClone(location);
        }

        var unique = files.DistinctBy(f => f.RepositoryPath).ToArray();
        List<string> added = [];
        List<string> already = [];
        NewCommit? Build(Repository repository, Commit? tip)
        {
            added = [];
            already = [];
            var tree = tip is null ? new TreeDefinition() : TreeDefinition.From(tip);
            foreach (var file in unique)
            {
                if (IsAlreadyRecorded(tip, file, options.KeepExisting))
                {
                    already.Add(file.RepositoryPath);
                    continue;
                }

                tree.Add(file.RepositoryPath, repository.ObjectDatabase.CreateBlob(new MemoryStream(file.Bytes)), Mode.NonExecutableFile);
                added.Add(file.RepositoryPath);
            }

            if (added.Count == 0)
            {
                return null;
            }

            var runs = unique.Where(f => added.Contains(f.RepositoryPath)).Select(f => f.Run).ToArray();
            var signature = CommitSignature.For(repository);
            var commit = repository.ObjectDatabase.CreateCommit(
                signature, signature, RecordMessage.For(runs, options.MessagePrefix), repository.ObjectDatabase.CreateTree(tree),
                tip is null ? [] : [tip], prettifyMessage: false);
            return new NewCommit(commit, added);
        }

        var update = BranchMover.Update(
            location, options.Branch, Build, new BranchMoverOptions(CacheRoot: options.CacheRoot));
        return new RecordOutcome(update.Changed ? update.CommitId : null, added, already, []);
    }

    private static bool IsAlreadyRecorded(Commit? tip, ResultFile file, bool keepExisting)
    {
        if (tip?[file.RepositoryPath]?.Target is not Blob blob)
        {
            return false;
        }

        using var content = new MemoryStream();
        using (var stream = blob.GetContentStream())
        {
            stream.CopyTo(content);
        }

        if (keepExisting || content.ToArray().AsSpan().SequenceEqual(file.Bytes))
        {
            return true;
        }

        throw new DataRepositoryException(
            $"run id {file.Run.Run.Id} already recorded with different content at {file.RepositoryPath} " +
            $"(from {file.Source}). Result files are immutable: give the new run a new id.");
    }
}
