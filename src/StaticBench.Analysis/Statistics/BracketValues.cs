using System.Buffers;

namespace StaticBench.Analysis.Statistics;

/// <summary>
/// The values a median search keeps inside its bracket (<see cref="MedianBracket"/>), in an array rented from the shared
/// pool and given back on <see cref="Dispose"/>. The detector fills one of these for every step it tests and twice per
/// series for the creep search, up to a megabyte and a half each at 3,000 points: new arrays of that size were a third
/// of the analysis step's allocations and went to the large object heap, which only a full collection empties.
/// </summary>
internal sealed class BracketValues(int capacity) : IDisposable
{
    private double[] _items = ArrayPool<double>.Shared.Rent(Math.Max(16, capacity));

    public int Count { get; private set; }

    /// <summary>The values added, to reorder in place; valid until the next <see cref="Add"/> or <see cref="Dispose"/>.</summary>
    public Span<double> Values => _items.AsSpan(0, Count);

    public void Add(double value)
    {
        if (Count == _items.Length)
        {
            var grown = ArrayPool<double>.Shared.Rent(_items.Length * 2);
            _items.AsSpan().CopyTo(grown);
            ArrayPool<double>.Shared.Return(_items);
            _items = grown;
        }

        _items[Count++] = value;
    }

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            ArrayPool<double>.Shared.Return(_items);
            _items = [];
        }
    }
}
