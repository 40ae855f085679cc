using System.Buffers;
using System.Collections;

namespace StaticBench.Schema.Model;

/// <summary>
/// The results of one run held as columns: each result's header (names, engine, unit; shared by every run that measured
/// the same series, see <see cref="ResultInterner.Header(BenchmarkResult)"/>), and every result's samples and summary in arrays of the
/// run. A run of 200 results is a handful of objects instead of 600, so a history of 600,000 results keeps about half
/// the memory and gives the collector a fraction of the objects to trace.
/// </summary>
/// <remarks>
/// Reading by index makes a <see cref="BenchmarkResult"/> each time, with its own copy of the samples: fine for the few
/// results a page shows. Code that walks every result of a history reads the columns instead
/// (<see cref="Header"/>, <see cref="SamplesOf(int)"/>, <see cref="TrySummary"/>).
/// </remarks>
public sealed class ResultColumns : IReadOnlyList<BenchmarkResult>
{
    private readonly BenchmarkResult[] _headers;
    private readonly int[] _starts;

    /// <summary>
    /// Result <c>i</c>'s summary is at <c>_summaryFirst + (i * _summaryStride)</c>: the run's own array (first 0, stride 1),
    /// or a part of one that several runs share, result by result (<see cref="LaySummariesSideBySide"/>).
    /// </summary>
    private SummaryValues[] _summaries;
    private int _summaryFirst;
    private int _summaryStride = 1;

    /// <summary>Where the samples are read from on first use when the columns were made without them; null otherwise.</summary>
    private readonly SampleSource? _source;
    private readonly long _sourceOffset;
    private double[]? _samples;

    private ResultColumns(BenchmarkResult[] headers, double[]? samples, int[] starts, SummaryValues[] summaries, SampleSource? source = null, long sourceOffset = 0)
    {
        (_headers, _samples, _starts, _summaries, _source, _sourceOffset) = (headers, samples, starts, summaries, source, sourceOffset);
    }

    public int Count => _headers.Length;

    /// <summary>Result <paramref name="index"/> as an object of its own (made on each call).</summary>
    public BenchmarkResult this[int index] => _headers[index] with { Samples = SamplesOf(index).ToArray(), Summary = SummaryOf(index) };

    /// <summary>Result <paramref name="index"/>'s header: every part but the samples (empty) and the summary (null).</summary>
    public BenchmarkResult Header(int index) => _headers[index];

    /// <summary>Result <paramref name="index"/> of <paramref name="results"/> without its samples and summary: the shared header of columns, the result itself otherwise.</summary>
    public static BenchmarkResult HeaderOf(IReadOnlyList<BenchmarkResult> results, int index) =>
        results is ResultColumns columns ? columns.Header(index) : results[index];

    public ReadOnlySpan<double> SamplesOf(int index) => Samples.AsSpan(_starts[index], SampleCount(index));

    /// <summary>
    /// Copies every result's samples, one after the other, into <paramref name="into"/> (<see cref="TotalSamples"/> long): columns
    /// that have not read their samples read them from their source for this call and do not keep them, so a history
    /// cache written from runs read from another (a new base) does not hold every run's samples afterwards.
    /// </summary>
    public void CopyAllSamplesTo(Span<double> into)
    {
        if (_samples is { } read)
        {
            read.CopyTo(into);
            return;
        }

        _source!.Read(_sourceOffset, into[..TotalSamples]);
    }

    /// <summary>Whether the samples are in memory: false for columns made without them (<see cref="Builder.Build(ResultInterner, SampleSource, long)"/>) until they are first read.</summary>
    public bool SamplesRead => _samples is not null;

    private double[] Samples => _samples ?? ReadSamples();

    /// <summary>The samples from their source, kept from then on; threads that ask at once may each read them, and one copy is kept.</summary>
    private double[] ReadSamples()
    {
        var read = new double[_starts[^1]];
        _source!.Read(_sourceOffset, read);
        return Interlocked.CompareExchange(ref _samples, read, null) ?? read;
    }

    /// <summary>The samples of result <paramref name="index"/> of <paramref name="results"/>, from the columns when it holds them (no result is made).</summary>
    public static ReadOnlySpan<double> SamplesOf(IReadOnlyList<BenchmarkResult> results, int index) =>
        results is ResultColumns columns ? columns.SamplesOf(index) : results[index].Samples as double[] ?? [.. results[index].Samples];

    /// <summary>How many samples the results have in all, without reading them.</summary>
    public int TotalSamples => _starts[^1];

    /// <summary>How many samples result <paramref name="index"/> has.</summary>
    public int SampleCount(int index) => _starts[index + 1] - _starts[index];

    /// <summary>The summary the result was recorded with, if any.</summary>
    public SampleSummary? SummaryOf(int index) => TrySummary(index, out var n, out var min, out var median, out var max)
        ? new SampleSummary { N = n, Min = min, Median = median, Max = max }
        : null;

    /// <summary>The recorded summary's values without making an object; false when the result has none.</summary>
    public bool TrySummary(int index, out int n, out double min, out double median, out double max)
    {
        ref readonly var s = ref Summary(index);
        (n, min, median, max) = (s.N, s.Min, s.Median, s.Max);
        return s.Present;
    }

    /// <summary>
    /// The 95% interval of the median of result <paramref name="index"/>'s samples (<see cref="MedianInterval.TryOfUnsorted"/>),
    /// worked out when the result was added, while its samples were at hand, and kept beside its summary: the trend needs
    /// it for every result of the history, and reading every run's samples again for it then was a third of the pivot's
    /// time. False where that method refuses.
    /// </summary>
    public bool TryMedianInterval(int index, out double low, out double high)
    {
        ref readonly var s = ref Summary(index);
        (low, high) = (s.MedianLow, s.MedianHigh);
        return s.Bounded;
    }

    private ref readonly SummaryValues Summary(int index) => ref _summaries[_summaryFirst + (index * _summaryStride)];

    /// <summary>
    /// Lays the summaries of <paramref name="runs"/> that list the same results (one list of headers, <see cref="ResultInterner.Headers"/>) in one array, result by
    /// result: each result's summaries of all those runs side by side, in the order of <paramref name="runs"/>. The pivot
    /// reads one result of every run in turn, and reading a summary in each run's own array cost a cache and an address
    /// translation miss each (600,000 at 200 × 3,000); read side by side, a series' summaries of runs read together
    /// come in a few lines. Only for runs no other thread reads yet (the history cache's runs, as a block is read).
    /// </summary>
    public static void LaySummariesSideBySide(IReadOnlyList<ResultColumns> runs)
    {
        foreach (var suite in runs.GroupBy(r => r._headers, ReferenceEqualityComparer.Instance))
        {
            var together = suite.ToArray();
            if (together.Length < 2)
            {
                continue;
            }

            var results = together[0].Count;
            var shared = new SummaryValues[together.Length * results];
            for (var k = 0; k < together.Length; k++)
            {
                var run = together[k];
                for (var i = 0; i < results; i++)
                {
                    shared[(i * together.Length) + k] = run.Summary(i);
                }

                (run._summaries, run._summaryFirst, run._summaryStride) = (shared, k, together.Length);
            }
        }
    }

    public IEnumerator<BenchmarkResult> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// <paramref name="results"/> as columns, their headers shared through <paramref name="interner"/> (which also makes
    /// their strings, engines and parameters the shared instances).
    /// </summary>
    public static ResultColumns Of(IReadOnlyList<BenchmarkResult> results, ResultInterner interner)
    {
        var builder = new Builder(results.Count);
        foreach (var result in results)
        {
            var samples = builder.Reserve(result.Samples.Count);
            for (var i = 0; i < samples.Length; i++)
            {
                samples[i] = result.Samples[i];
            }

            if (result.Summary is { } s)
            {
                builder.Add(interner.Header(result), samples.Length, s.N, s.Min, s.Median, s.Max);
            }
            else
            {
                builder.Add(interner.Header(result), samples.Length);
            }
        }

        return builder.Build(interner);
    }

    /// <summary>
    /// Fills the columns one result at a time: <see cref="Reserve"/> room for its samples, write them there, then
    /// <see cref="Add(BenchmarkResult, int)"/> its header (already shared, <see cref="ResultInterner.Header(BenchmarkResult)"/>).
    /// </summary>
    /// <remarks>
    /// Made for a known number of results (<see cref="Builder(int)"/>: the history cache, a run already read), it fills
    /// arrays of that size and hands them over. Made without one (a result file being parsed), it works in arrays rented
    /// from the shared pools and <see cref="Build(ResultInterner)"/> copies them out at their exact lengths: a history's files are read
    /// one after another on a few threads, so each thread fills the same few arrays again instead of growing new ones
    /// for every file.
    /// </remarks>
    public sealed class Builder
    {
        private readonly bool _pooled;
        private BenchmarkResult[] _headers;
        private int[] _starts;
        private SummaryValues[] _summaries;
        private double[] _samples;
        private int _added;

        /// <summary>Columns for however many results are added, in pooled arrays.</summary>
        public Builder()
        {
            _pooled = true;
            (_headers, _starts, _summaries, _samples) = (Rent<BenchmarkResult>(256), Rent<int>(257), Rent<SummaryValues>(256), Rent<double>(2560));
            _starts[0] = 0;
        }

        /// <summary>Columns for <paramref name="count"/> results (they grow past it if more are added).</summary>
        public Builder(int count)
        {
            // A count read from damaged input sizes little: the columns grow past this.
            var presized = Math.Clamp(count, 0, MaxPresized);
            (_headers, _starts, _summaries, _samples) = (new BenchmarkResult[presized], new int[presized + 1], new SummaryValues[presized], []);
            _presizedSamples = presized * 10;
        }

        /// <summary>How many samples the first <see cref="Reserve"/> makes room for: none are, for results added without them.</summary>
        private readonly int _presizedSamples;

        /// <summary>The most results (and ten samples each, the usual count) made room for up front.</summary>
        private const int MaxPresized = 4096;

        /// <summary>Room for the next result's <paramref name="samples"/>, to write them straight into.</summary>
        public Span<double> Reserve(int samples)
        {
            var start = _starts[_added];
            if (_samples.Length - start < samples)
            {
                if (_samples.Length == 0 && !_pooled)
                {
                    _samples = new double[Math.Max(_presizedSamples, start + samples)];
                }
                else
                {
                    Grow(ref _samples, start, start + samples);
                }
            }

            return _samples.AsSpan(start, samples);
        }

        /// <summary>Adds a result with no recorded summary whose <paramref name="samples"/> were written into <see cref="Reserve"/>'s span.</summary>
        public void Add(BenchmarkResult header, int samples) => Add(header, samples, false, 0, 0, 0, 0);

        /// <summary>Adds a result with its recorded summary whose <paramref name="samples"/> were written into <see cref="Reserve"/>'s span.</summary>
        public void Add(BenchmarkResult header, int samples, int n, double min, double median, double max) =>
            Add(header, samples, true, n, min, median, max);

        private void Add(BenchmarkResult header, int samples, bool summarized, int n, double min, double median, double max)
        {
            // The samples were just written, so they are at hand for the interval (TryMedianInterval).
            var bounded = MedianInterval.TryOfUnsorted(_samples.AsSpan(_starts[_added], samples), out var low, out var high);
            Append(header, samples, new SummaryValues(summarized, bounded, n, min, median, max, low, high));
        }

        /// <summary>
        /// Adds a result whose <paramref name="samples"/> values are kept elsewhere (<see cref="Build(ResultInterner, SampleSource, long)"/>),
        /// with its recorded summary, if any, and its median's interval as <see cref="TryMedianInterval"/> gave it, if any.
        /// </summary>
        public void AddWithoutSamples(BenchmarkResult header, int samples, (int N, double Min, double Median, double Max)? summary, (double Low, double High)? interval)
        {
            var (n, min, median, max) = summary.GetValueOrDefault();
            var (low, high) = interval.GetValueOrDefault();
            Append(header, samples, new SummaryValues(summary.HasValue, interval.HasValue, n, min, median, max, low, high));
        }

        private void Append(BenchmarkResult header, int samples, SummaryValues summary)
        {
            if (_added == _headers.Length)
            {
                Grow(ref _headers, _added, _added + 1);
                Grow(ref _summaries, _added, _added + 1);
            }

            if (_added + 1 == _starts.Length)
            {
                Grow(ref _starts, _added + 1, _added + 2);
            }

            _headers[_added] = header;
            _summaries[_added] = summary;
            _starts[_added + 1] = _starts[_added] + samples;
            _added++;
        }

        /// <summary>
        /// The columns of the results added, each array cut to its length; the builder is done with. The list of headers
        /// and where each result's samples start are the same in every run of a suite, so those two arrays are shared
        /// through <paramref name="interner"/> (<see cref="ResultInterner.Headers"/>, <see cref="ResultInterner.Starts"/>).
        /// </summary>
        public ResultColumns Build(ResultInterner interner) => Finish(interner, Exact(_samples, _starts[_added]), null, 0);

        /// <summary>
        /// As <see cref="Build(ResultInterner)"/>, for results added without their samples (<see cref="AddWithoutSamples"/>):
        /// the columns read them from <paramref name="source"/>, all of them from <paramref name="offset"/> on, the first
        /// time any is asked for. The history cache keeps every run's samples apart from the rest, and a build asks for few.
        /// </summary>
        public ResultColumns Build(ResultInterner interner, SampleSource source, long offset) => Finish(interner, null, source, offset);

        private ResultColumns Finish(ResultInterner interner, double[]? samples, SampleSource? source, long offset)
        {
            var columns = new ResultColumns(
                interner.Headers(Exact(_headers, _added)), samples, interner.Starts(Exact(_starts, _added + 1)), Exact(_summaries, _added), source, offset);
            if (_pooled)
            {
                Return(_headers);
                Return(_starts);
                Return(_summaries);
                Return(_samples);
            }

            (_headers, _starts, _summaries, _samples, _added) = ([], [0], [], [], 0);
            return columns;
        }

        /// <summary>The first <paramref name="length"/> items: the array itself when it is exactly that long and not the pool's.</summary>
        private T[] Exact<T>(T[] array, int length) => !_pooled && array.Length == length ? array : array.AsSpan(0, length).ToArray();

        /// <summary>Swaps <paramref name="array"/> for one of at least twice its length and <paramref name="needed"/>, keeping its first <paramref name="used"/> items.</summary>
        private void Grow<T>(ref T[] array, int used, int needed)
        {
            var length = Math.Max(array.Length * 2, needed);
            var grown = _pooled ? Rent<T>(length) : new T[length];
            array.AsSpan(0, used).CopyTo(grown);
            if (_pooled)
            {
                Return(array);
            }

            array = grown;
        }

        private static T[] Rent<T>(int length) => ArrayPool<T>.Shared.Rent(length);

        private static void Return<T>(T[] array) =>
            ArrayPool<T>.Shared.Return(array, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
    }

    private readonly record struct SummaryValues(bool Present, bool Bounded, int N, double Min, double Median, double Max, double MedianLow, double MedianHigh);
}

/// <summary>
/// Where the samples of columns made without them are kept (<see cref="ResultColumns.Builder.Build(ResultInterner, SampleSource, long)"/>),
/// read on first use: the history cache's section of samples, from which a build reads the few runs it asks for.
/// </summary>
public abstract class SampleSource
{
    /// <summary>Fills <paramref name="into"/> with the values kept from value <paramref name="offset"/> on.</summary>
    public abstract void Read(long offset, Span<double> into);
}
