using OpenQA.Selenium.Chrome;

namespace StaticBench.Cli.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Debian's chromedriver (no driver download: Selenium Manager is not
/// asked, the path is given). Flags keep it off the network this machine does not have.
/// </summary>
public static class HeadlessChrome
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public static ChromeDriver Start(string userDataDir)
    {
        if (!File.Exists(Browser) || !File.Exists(Driver))
        {
            throw new InvalidOperationException($"{Browser} and {Driver} are needed for the browser tests: run scripts/setup-debian.sh --test (apt-get install chromium chromium-driver).");
        }

        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--disable-sync", "--disable-quic", "--window-size=1280,900", $"--user-data-dir={userDataDir}");
        options.SetLoggingPreference(OpenQA.Selenium.LogType.Browser, OpenQA.Selenium.LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>Polls <paramref name="condition"/> every 50 ms until it holds; a page that does not get there in 10 s fails the test.</summary>
    public static void WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the page did not get there in 10 s");
            }

            Thread.Sleep(50);
        }
    }
}
