using System.Text;

namespace StaticBench.Site.Output;

/// <summary>
/// Where the generated site goes. Pages write files by site-relative path (<c>benchmarks/x.html</c>,
/// always '/'-separated); <see cref="Complete"/> ends the build, letting an implementation remove
/// what an earlier build produced and this one did not.
/// </summary>
public interface ISiteOutput
{
    /// <summary>Writes one file of the site. Writing the same path twice in a build is an error.</summary>
    void Write(string path, ReadOnlySpan<byte> content);

    /// <summary>Ends the build and says what changed.</summary>
    OutputSummary Complete();

    /// <summary>
    /// Keeps, as this build's, the file an earlier build left at <paramref name="path"/>, without its bytes (for content
    /// known unchanged, such as a chart image whose data did not change); false when this output has no such file.
    /// </summary>
    bool Keep(string path) => false;
}

/// <summary>What a build did to its output: files written, left as they were, and deleted.</summary>
public sealed record OutputSummary(int Written, int Unchanged, int Deleted);

/// <summary>Text writing on top of <see cref="ISiteOutput"/>: UTF-8 without a byte order mark.</summary>
public static class SiteOutputExtensions
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteText(this ISiteOutput output, string path, string text) =>
        output.Write(path, Utf8Bytes(text));

    /// <summary><paramref name="text"/> as the bytes <see cref="WriteText"/> writes.</summary>
    public static byte[] Utf8Bytes(string text) => Utf8.GetBytes(text);
}
