using StaticBench.Schema.Model;

namespace StaticBench.Store.History;

/// <summary>Turns the cache's file table into the snapshot the analysis reads: valid runs, documents, references, and skipped files with reasons.</summary>
internal static class SnapshotBuilder
{
    public static DataSnapshot Build(HistoryCache cache)
    {
        var runs = new List<RecordedRun>();
        var documents = new List<DataDocument>();
        var skipped = new List<SkippedFile>();
        var acknowledgements = new List<Acknowledgement>();
        var references = new List<DataReference>();
        DetectionSettings? settings = null;
        var runIds = new Dictionary<string, string>(StringComparer.Ordinal);

        // Oldest first, so that of two files claiming one run id the first recorded wins.
        foreach (var (path, file) in cache.Files.OrderBy(f => f.Value.RecordedAt).ThenBy(f => f.Key, StringComparer.Ordinal))
        {
            var blob = cache.Blobs[DataBranchFiles.BlobKey(path, file.Blob)];
            if (blob.Markdown is { } markdown)
            {
                // A backslash is a folder separator on Windows checkouts and in the site's page paths: the page
                // would land in a folder the file is not in, or nowhere.
                if (path.Contains('\\', StringComparison.Ordinal))
                {
                    skipped.Add(new SkippedFile(path, "a Markdown file name must not contain a backslash; rename it (use / for folders)"));
                    continue;
                }

                documents.Add(new DataDocument(path, markdown));
            }
            else if (blob.Acknowledgement is { } acknowledgement)
            {
                acknowledgements.Add(acknowledgement with { Path = path });
            }
            else if (blob.Reference is { } reference)
            {
                references.Add(new DataReference(path, reference));
            }
            else if (blob.Settings is { } found)
            {
                settings = found;
            }
            else if (blob.SkipReason is { } reason)
            {
                skipped.Add(new SkippedFile(path, reason));
            }
            else if (blob.Run is { } run)
            {
                if (runIds.TryGetValue(run.Run.Id, out var first))
                {
                    skipped.Add(new SkippedFile(path, $"run id '{run.Run.Id}' was already recorded in {first}"));
                    continue;
                }

                runIds[run.Run.Id] = path;
                runs.Add(new RecordedRun(run, path, file.Commit, file.RecordedAt));
            }
        }

        return new DataSnapshot
        {
            DataCommit = cache.Tip,
            Runs = runs,
            Documents = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToArray(),
            Skipped = skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray(),
            Acknowledgements = acknowledgements.OrderBy(a => a.Path, StringComparer.Ordinal).ToArray(),
            References = references.OrderBy(r => r.Path, StringComparer.Ordinal).ToArray(),
            Settings = settings ?? new DetectionSettings(),
        };
    }
}
