namespace StaticBench.Analysis.Series;

/// <summary>
/// Orders the benchmarked project's commits the way its history reads: parents before children
/// (a topological order of the commit graph the runs describe), ties broken by commit time, then id.
/// The data repository's order (when results were recorded) says nothing about the project's
/// history: a backfill run of an old commit must land where that commit is, not at the end.
/// </summary>
public sealed class ProjectCommitOrder
{
    private readonly Dictionary<string, int> _index;

    private ProjectCommitOrder(IReadOnlyList<string> ordered)
    {
        Ordered = ordered;
        _index = new Dictionary<string, int>(ordered.Count, StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            _index[ordered[i]] = i;
        }
    }

    /// <summary>Every known commit, oldest in history first.</summary>
    public IReadOnlyList<string> Ordered { get; }

    /// <summary>The position of <paramref name="commit"/> on the x-axis, or -1 when unknown.</summary>
    public int IndexOf(string commit) => _index.TryGetValue(commit, out var i) ? i : -1;

    /// <summary>
    /// Orders the commits described by (commit, commit time, parents) triples; the same commit may
    /// appear many times (one per run). Parents that are not themselves described are ignored, so
    /// commits whose ancestry is unknown still sort consistently by time.
    /// </summary>
    public static ProjectCommitOrder Build(IEnumerable<(string Commit, DateTimeOffset Time, IReadOnlyList<string> Parents)> commits)
    {
        var nodes = new Dictionary<string, (DateTimeOffset Time, IReadOnlyList<string> Parents)>(StringComparer.Ordinal);
        foreach (var (commit, time, parents) in commits)
        {
            nodes.TryAdd(commit, (time, parents));
        }

        var pending = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (commit, (_, parents)) in nodes)
        {
            var known = 0;
            foreach (var parent in parents.Distinct(StringComparer.Ordinal))
            {
                if (!nodes.ContainsKey(parent) || parent == commit)
                {
                    continue;
                }

                known++;
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(commit);
            }

            pending[commit] = known;
        }

        var ready = new PriorityQueue<string, (DateTimeOffset, string)>(TimeThenId.Instance);
        foreach (var (commit, count) in pending.Where(p => p.Value == 0))
        {
            ready.Enqueue(commit, (nodes[commit].Time, commit));
        }

        var ordered = new List<string>(nodes.Count);
        while (ordered.Count < nodes.Count)
        {
            if (ready.Count == 0)
            {
                // A cycle (corrupt data): release its oldest commit so every commit still gets a place.
                var stuck = pending.Where(p => p.Value > 0).MinBy(p => (nodes[p.Key].Time, p.Key), TimeThenId.Instance).Key;
                pending[stuck] = 0;
                ready.Enqueue(stuck, (nodes[stuck].Time, stuck));
            }

            var next = ready.Dequeue();
            if (pending[next] < 0)
            {
                continue;
            }

            pending[next] = -1;
            ordered.Add(next);
            foreach (var child in children.GetValueOrDefault(next) ?? [])
            {
                if (pending[child] > 0 && --pending[child] == 0)
                {
                    ready.Enqueue(child, (nodes[child].Time, child));
                }
            }
        }

        return new ProjectCommitOrder(ordered);
    }

    private sealed class TimeThenId : IComparer<(DateTimeOffset Time, string Id)>
    {
        public static readonly TimeThenId Instance = new();

        public int Compare((DateTimeOffset Time, string Id) x, (DateTimeOffset Time, string Id) y)
        {
            var byTime = x.Time.CompareTo(y.Time);
            return byTime != 0 ? byTime : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
