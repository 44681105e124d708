using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Qyzmet.Kernel.Calendar;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// Issue 14 item 7 in Debian's Chromium (004.md item 8: reception by electronic queue, bookable on the portal): a citizen
/// books today's next slot on the portal, checks in at the kiosk with the booking code, and the operator calls the ticket
/// to a window, serves it and opens the PSC application with the citizen's IIN filled in.
/// </summary>
public sealed class QueueJourneyTests(RunningHost host) : IClassFixture<RunningHost>
{
    private const string Centre = "psc-almaty-1";


    [Fact]
    public async Task Citizen_BooksOnThePortal_ChecksInAtTheKiosk_OperatorCallsAndServes()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // The journey runs on the wall clock. The centre's hours are data (D-640): this run's centre works round the clock on
        // working days, so that a check-in is possible whenever the test runs; on a Sunday or a holiday there is no slot.
        var now = AlmatyTime.ToLocal(DateTimeOffset.UtcNow);
        var today = DateOnly.FromDateTime(now.DateTime);
        Assert.SkipWhen(WorkingHours.ServiceCentre.PeriodsOn(today, WorkingCalendar.Statutory).Count == 0 || now.TimeOfDay > new TimeSpan(23, 40, 0),
            "The centre has no slot left today (Sunday, holiday or just before midnight).");
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(host.DataPath, "qyzmet.db")}"))
        {
            await db.OpenAsync(TestContext.Current.CancellationToken);
            var cmd = db.CreateCommand();
            cmd.CommandText = "UPDATE queue_centres SET WeekdayOpens='00:00:00', WeekdayCloses='23:59:00', SaturdayOpens='00:00:00', SaturdayCloses='23:59:00' WHERE UnitId=$c";
            cmd.Parameters.AddWithValue("$c", Centre);
            Assert.Equal(1, await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        // 1. The citizen books today's first free time.
        var citizen = await Journey.SignedInAsync(browser, host, "ЖАНБОЛАТОВА АЙГЕРІМ");
        await citizen.GotoAsync("/queue?lang=ru");
        await Assertions.Expect(citizen.Locator("h1")).ToHaveTextAsync("Запись в очередь ЦОН");
        await citizen.Locator("#centre").SelectOptionAsync(new SelectOptionValue { Label = "ЦОН №1 г. Алматы" });
        await citizen.Locator("#service").SelectOptionAsync("population-documents.address-reference");
        await citizen.Locator("#date").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Показать свободное время" }).ClickAsync();
        await citizen.Locator("input[name=slot]").First.CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Забронировать" }).ClickAsync();
        var booked = citizen.Locator("[data-testid=queue-booked]");
        await Assertions.Expect(booked).ToContainTextAsync("Вы записаны. Код брони:");
        var code = Regex.Match(await booked.InnerTextAsync(), "Код брони: ([A-Z0-9]{8})").Groups[1].Value;
        Assert.NotEmpty(code);
        await Assertions.Expect(citizen.Locator("[data-testid=queue-my-bookings]")).ToContainTextAsync("Выдача адресных справок");

        // 2. At the centre's kiosk, without signing in, the code gives a ticket.
        var kiosk = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });
        await kiosk.GotoAsync($"/queue/kiosk?centre={Centre}&lang=ru");
        await kiosk.Locator("#code").FillAsync(code);
        await kiosk.Locator("form", new() { Has = kiosk.Locator("#code") }).GetByRole(AriaRole.Button).ClickAsync();
        var ticket = (await kiosk.Locator("[data-testid=kiosk-ticket]").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9]{3}$", ticket);

        // 3. The operator takes window 1, calls the ticket, serves it and opens the application with the IIN filled.
        var op = await Journey.SignedInAsync(browser, host, "ОПЕРАТОРОВА ӘСЕЛ");
        await op.GotoAsync("/queue/window?lang=ru");
        await op.Locator("#window").SelectOptionAsync("1");
        await op.GetByRole(AriaRole.Button, new() { Name = "Занять окно" }).ClickAsync();
        await op.Locator("[data-testid=window-call-next]").ClickAsync();
        await Assertions.Expect(op.Locator("[data-testid=window-ticket]")).ToHaveTextAsync(ticket);
        await Assertions.Expect(op.Locator("[data-testid=window-status]")).ToContainTextAsync("Вызван (По записи)");

        var board = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });
        await board.GotoAsync($"/queue/board?centre={Centre}&lang=ru");
        await Assertions.Expect(board.Locator("[data-testid=queue-board]")).ToContainTextAsync(ticket);

        await op.GetByRole(AriaRole.Button, new() { Name = "Начать обслуживание" }).ClickAsync();
        await Assertions.Expect(op.Locator("[data-testid=window-status]")).ToContainTextAsync("Обслуживается");
        await op.Locator("[data-testid=window-apply]").ClickAsync();
        // D-639: the form is filled with the person, but no address on the way carries the IIN.
        await Assertions.Expect(op).ToHaveURLAsync(new Regex("/apply/population-documents\\.address-reference\\?subject="));
        Assert.DoesNotContain("900315400116", op.Url);
        await Assertions.Expect(op.Locator("#f-applicantId")).ToHaveValueAsync("900315400116");

        await op.GotoAsync("/queue/window?lang=ru");
        await op.GetByRole(AriaRole.Button, new() { Name = "Завершить обслуживание" }).ClickAsync();
        await Assertions.Expect(op.Locator("[data-testid=window-call-next]")).ToBeVisibleAsync();

        // The citizen's booking reads as checked in.
        await citizen.GotoAsync("/queue?lang=ru");
        await Assertions.Expect(citizen.Locator("[data-testid=queue-my-bookings]")).ToContainTextAsync("Отметился");
    }
}
