using StaticBench.Bot.Config;
using StaticBench.Store.Git;
using StaticBench.Store.Layout;

namespace StaticBench.Bot.Requests;

/// <summary>
/// Reads the allow-list from where the config says: a file in the data folder of the data branch
/// (adding a person is then a reviewed commit), a local file, or the logins written in the config.
/// Read again before every poll, so a change applies without restarting the bot.
/// </summary>
public static class AllowListLoader
{
    public static AllowList Load(BotConfig config)
    {
        var source = config.AllowList;
        if (source.Logins is { } logins)
        {
            return AllowList.Parse(string.Join('\n', logins));
        }

        if (source.LocalFile is { } file)
        {
            return File.Exists(file)
                ? AllowList.Parse(File.ReadAllText(file))
                : throw new BotConfigException($"allowList.file: {file} does not exist");
        }

        var folder = ResultLayout.NormalizeFolder(config.Data.Folder);
        var path = folder.Length == 0 ? source.DataFile! : $"{folder}/{source.DataFile}";
        var text = DataBranchFile.Read(DataRepositoryLocation.Parse(config.Data.Location), config.Data.Branch, path, Path.Combine(config.WorkFolder, "mirrors"));
        // No file yet: nobody is allowed, which is the safe reading (the bot then answers every /bench politely).
        return AllowList.Parse(text ?? "");
    }
}
