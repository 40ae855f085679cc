using ScottPlot;
using SkiaSharp;

namespace StaticBench.Site.Charts;

/// <summary>
/// The one font of every chart image: DejaVu Sans, regular and bold, embedded in this assembly
/// (Charts/Fonts/, license in Charts/Fonts/LICENSE.txt).
/// </summary>
/// <remarks>
/// SkiaSharp's NoDependencies native finds no fonts on a bare machine, and ScottPlot then draws no
/// text at all, without an exception. So both faces ship inside the assembly and are handed to
/// ScottPlot once, ahead of its system-font resolver, so a machine with another DejaVu installed,
/// or with none, renders the same bytes. Every render entry point calls
/// <see cref="EnsureRegistered"/> first: ScottPlot caches a typeface per font name for the life of
/// the process, including the fallback it picked when nothing matched.
/// </remarks>
public static class ChartFonts
{
    /// <summary>The family name every label of every chart image uses.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<(SKTypeface Regular, SKTypeface Bold)> Faces =
        new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads both faces and registers them with ScottPlot, once; safe from any number of threads.</summary>
    public static void EnsureRegistered() => _ = Faces.Value;

    internal static SKTypeface Regular => Faces.Value.Regular;

    internal static SKTypeface Bold => Faces.Value.Bold;

    private static (SKTypeface, SKTypeface) Register()
    {
        var regular = Load("DejaVuSans.ttf");
        var bold = Load("DejaVuSans-Bold.ttf");

        // First in the list: ScottPlot asks its system-font resolver before anything added later.
        ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedResolver(regular, bold));
        ScottPlot.Fonts.Default = Family;
        return (regular, bold);
    }

    /// <summary>
    /// A face read in place from the assembly's image, which stays mapped for the life of the process: no managed copy
    /// and no native one, and Skia reads only the tables it draws with (copies of both faces cost about 4 MiB at the peak
    /// of a build, which drawing sets).
    /// </summary>
    private static unsafe SKTypeface Load(string file)
    {
        var name = $"StaticBench.Site.Charts.Fonts.{file}";
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(name) as UnmanagedMemoryStream
            ?? throw new InvalidOperationException($"embedded font {name} is missing: chart images would have no text");
        using var data = SKData.Create((IntPtr)stream.PositionPointer, checked((int)stream.Length));
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"embedded font {name} could not be loaded: chart images would have no text");
    }

    /// <summary>Answers for <see cref="Family"/> only: semi-bold and heavier get the bold face, and an italic request gets upright glyphs rather than none.</summary>
    private sealed class EmbeddedResolver(SKTypeface regular, SKTypeface bold) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            fontName != Family ? null : weight >= FontWeight.SemiBold ? bold : regular;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright, FontSpacing.Normal);
    }
}
