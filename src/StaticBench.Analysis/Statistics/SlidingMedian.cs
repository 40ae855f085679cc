using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Statistics;

/// <summary>
/// The median of every run of <c>width</c> consecutive values, each the same double <see cref="Selection.MedianInPlace"/>
/// gives for that window: a sorted copy of the window is kept, one value leaving and one entering per step, so a
/// step moves at most <c>width</c> values instead of copying the window and selecting in it (<see cref="ChangePoints.CreepFinder"/>'s
/// level at each of a series' points).
/// </summary>
public static class SlidingMedian
{
    /// <summary>
    /// An array as long as <paramref name="values"/> whose entry i ≥ width − 1 is the median of the <paramref name="width"/>
    /// values up to and including i; the entries before are 0.
    /// </summary>
    public static double[] Of(ReadOnlySpan<double> values, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var medians = new double[values.Length];
        if (values.Length < width)
        {
            return medians;
        }

        var window = values[..width].ToArray();
        if (!Ordered(values))
        {
            // A NaN, or zeros of both signs (equal, yet different doubles): the window's order cannot say which one a
            // selection would return, so each window is selected as Selection does.
            for (var i = width - 1; i < values.Length; i++)
            {
                values.Slice(i - width + 1, width).CopyTo(window);
                medians[i] = Selection.MedianInPlace(window);
            }

            return medians;
        }

        Array.Sort(window);
        medians[width - 1] = SampleSummary.MedianOfSorted(window);
        for (var i = width; i < values.Length; i++)
        {
            Replace(window, values[i - width], values[i]);
            medians[i] = SampleSummary.MedianOfSorted(window);
        }

        return medians;
    }

    /// <summary>Whether equal values are always the same double: no NaN, and zeros of one sign only.</summary>
    private static bool Ordered(ReadOnlySpan<double> values)
    {
        var (positiveZero, negativeZero) = (false, false);
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                return false;
            }

            if (v == 0)
            {
                positiveZero |= !double.IsNegative(v);
                negativeZero |= double.IsNegative(v);
            }
        }

        return !(positiveZero && negativeZero);
    }

    /// <summary>Takes <paramref name="leaving"/> out of the sorted <paramref name="window"/> and puts <paramref name="entering"/> in its place, keeping it sorted.</summary>
    private static void Replace(double[] window, double leaving, double entering)
    {
        var r = Array.BinarySearch(window, leaving); // equal values are the same double: any of them will do
        if (entering > window[r])
        {
            for (; r + 1 < window.Length && window[r + 1] < entering; r++)
            {
                window[r] = window[r + 1];
            }
        }
        else
        {
            for (; r > 0 && window[r - 1] > entering; r--)
            {
                window[r] = window[r - 1];
            }
        }

        window[r] = entering;
    }
}
