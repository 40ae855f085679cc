namespace StaticBench.Bot.Config;

/// <summary>
/// <c>{checkout}</c> in the bot's engine templates: the folder a side (base or head) was checked out and
/// built in. Like the engines file's placeholders it is replaced in one argument at a time, never through a
/// shell: either the whole argument, or as the first part of a path (<c>{checkout}/bin/engine</c>), which
/// is joined to the folder as a path and nothing else.
/// </summary>
public static class CheckoutPlaceholder
{
    public const string Name = "{checkout}";

    public static bool Uses(string argument) =>
        argument == Name || argument.StartsWith(Name + "/", StringComparison.Ordinal);

    public static string Replace(string argument, string checkout) =>
        argument == Name ? checkout
        : argument.StartsWith(Name + "/", StringComparison.Ordinal) ? Path.Combine(checkout, argument[(Name.Length + 1)..])
        : argument;
}
