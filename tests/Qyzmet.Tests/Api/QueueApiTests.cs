using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Seeding;
using Qyzmet.PscQueue;
using Qyzmet.PscQueue.Domain;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// The PSC electronic queue (004.md item 8, item 4; issue 14 item 7) through HTTP on SQLite and PostgreSQL. The tests of
/// a class share one host and its clock (Monday 23 November 2026, 10:00 Almaty, moved forward only by minutes), so each
/// uses its own centre or day: booking rules on Almaty's next days, the call order on Almaty today, the limits in Kosshy,
/// the concurrent calls in a centre of their own.
/// </summary>
public abstract class QueueApiTests
{
    private const string S1 = "population-documents.passport-id-card";
    private const string S3 = "population-documents.residence-registration";
    private const string S5 = "population-documents.address-reference";
    private const string Almaty = "psc-almaty-1";
    private const string Kosshy = "psc-akmola-1";

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset Local(int month, int day, int hour, int minute) =>
        AlmatyTime.FromLocal(new DateOnly(2026, month, day), new TimeOnly(hour, minute));

    // 004.md item 8 ("the queue can be booked through the portal"); D-642 (a slot holds as many bookings as windows),
    // D-643 (one active booking per person, service and day), D-645 (horizon); the slots follow the working calendar.
    [Fact]
    public async Task Booking_OnePerPersonServiceDay_CapacityPerSlot_Cancel_FieldErrors()
    {
        var anonymous = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/queue/bookings", new { centre = Almaty, service = S5, slotStart = Local(11, 24, 10, 0) }, Ct)).StatusCode);

        var aigerim = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        Assert.Empty((await aigerim.GetFromJsonAsync<JsonElement[]>($"/api/queue/centres/{Almaty}/slots?service={S5}&date=2026-11-29", Ct))!); // Sunday
        Assert.Empty((await aigerim.GetFromJsonAsync<JsonElement[]>($"/api/queue/centres/{Almaty}/slots?service={S5}&date=2026-12-16", Ct))!); // Independence Day
        await Expect(await aigerim.GetAsync($"/api/queue/centres/{Almaty}/slots?service=nope&date=2026-11-24", Ct), HttpStatusCode.UnprocessableEntity, "QUE-0002");
        await Expect(await aigerim.GetAsync($"/api/queue/centres/{Almaty}/slots?service={S5}&date=24.11.2026", Ct), HttpStatusCode.BadRequest, "QUE-0027");
        await Expect(await aigerim.GetAsync($"/api/queue/centres/nowhere/slots?service={S5}&date=2026-11-24", Ct), HttpStatusCode.NotFound, "QUE-0001");

        var first = await Book(aigerim, Almaty, S5, Local(11, 24, 10, 0));
        Assert.Equal(8, first.GetProperty("code").GetString()!.Length);
        Assert.Equal("active", first.GetProperty("status").GetString());
        Assert.Equal(Local(11, 24, 10, 0), first.GetProperty("slotStart").GetDateTimeOffset());
        await Expect(await PostBook(aigerim, Almaty, S5, Local(11, 24, 11, 0)), HttpStatusCode.Conflict, "QUE-0005");
        await Book(aigerim, Almaty, S3, Local(11, 24, 11, 0)); // another service the same day is another booking

        // Three windows: three bookings fill the slot, the fourth is refused and nothing is written.
        await Book(await Factory.SignedInAsync(DemoData.Nurlan.Iin), Almaty, S5, Local(11, 24, 10, 0));
        await Book(await Factory.SignedInAsync(DemoData.Almas.Iin), Almaty, S5, Local(11, 24, 10, 0));
        var mira = await Factory.SignedInAsync(DemoData.Mira.Iin);
        await Expect(await PostBook(mira, Almaty, S5, Local(11, 24, 10, 0)), HttpStatusCode.Conflict, "QUE-0006");
        Assert.DoesNotContain((await mira.GetFromJsonAsync<JsonElement[]>("/api/queue/bookings", Ct))!, b => b.GetProperty("day").GetString() == "2026-11-24");
        var slots = await aigerim.GetFromJsonAsync<JsonElement[]>($"/api/queue/centres/{Almaty}/slots?service={S5}&date=2026-11-24", Ct);
        Assert.Equal(0, slots!.Single(s => s.GetProperty("start").GetDateTimeOffset() == Local(11, 24, 10, 0)).GetProperty("free").GetInt32());

        // Cancelling frees the place, and the person may book the service that day again.
        var code = first.GetProperty("code").GetString()!;
        await Expect(await mira.PostAsync($"/api/queue/bookings/{code}/cancel", null, Ct), HttpStatusCode.NotFound, "QUE-0007");
        var cancelled = await aigerim.PostAsync($"/api/queue/bookings/{code}/cancel", null, Ct);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        await Expect(await aigerim.PostAsync($"/api/queue/bookings/{code}/cancel", null, Ct), HttpStatusCode.Conflict, "QUE-0008");
        await Book(mira, Almaty, S5, Local(11, 24, 10, 0));
        await Book(aigerim, Almaty, S5, Local(11, 24, 12, 0));

        // Field errors name the field; nothing is booked.
        await Expect(await PostBook(aigerim, Almaty, S1, Local(11, 24, 10, 7)), HttpStatusCode.UnprocessableEntity, "QUE-0003");
        await Expect(await PostBook(aigerim, Almaty, S1, Local(11, 23, 9, 0)), HttpStatusCode.UnprocessableEntity, "QUE-0004"); // started already
        await Expect(await PostBook(aigerim, Almaty, S1, Local(12, 14, 10, 0)), HttpStatusCode.UnprocessableEntity, "QUE-0004"); // beyond 14 days
        await Expect(await PostBook(aigerim, Almaty, S1, Local(11, 29, 10, 0)), HttpStatusCode.UnprocessableEntity, "QUE-0003"); // Sunday
        await Expect(await aigerim.PostAsJsonAsync("/api/queue/bookings", new { centre = Almaty, service = S1 }, Ct), HttpStatusCode.BadRequest, "QUE-0022");
        var problem = await Expect(await PostBook(aigerim, Almaty, "x", Local(11, 24, 10, 0)), HttpStatusCode.UnprocessableEntity, "QUE-0002");
        Assert.Contains("service", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A booking for tomorrow does not check in today.
        var tomorrow = (await aigerim.GetFromJsonAsync<JsonElement[]>("/api/queue/bookings", Ct))!.First(b => b.GetProperty("status").GetString() == "active").GetProperty("code").GetString();
        await Expect(await anonymous.PostAsJsonAsync($"/api/queue/centres/{Almaty}/check-in", new { code = tomorrow }, Ct), HttpStatusCode.UnprocessableEntity, "QUE-0009");
    }

    // D-642, D-643: the database itself refuses an over-booking and a second active booking, whatever the timing.
    [Fact]
    public async Task Booking_Concurrent_NeverOverbooksNorDoubleBooks()
    {
        var dana = await Factory.SignedInAsync(DemoData.Dana.Iin);
        var sameDay = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => PostBook(dana, Almaty, S5, Local(11, 25, 9, 0).AddMinutes(15 * i))));
        Assert.Single(sameDay, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(sameDay.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));

        string[] people = [DemoData.Aigerim.Iin, DemoData.Nurlan.Iin, DemoData.Almas.Iin, DemoData.Talgat.Iin, DemoData.Mira.Iin, DemoData.Igor.Iin];
        var clients = await Task.WhenAll(people.Select(p => Factory.SignedInAsync(p)));
        var slot = await Task.WhenAll(clients.Select(c => PostBook(c, Almaty, S1, Local(11, 25, 15, 0))));
        Assert.Equal(3, slot.Count(r => r.StatusCode == HttpStatusCode.Created)); // Almaty has three windows
        foreach (var refused in slot.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await Expect(refused, HttpStatusCode.Conflict, "QUE-0006");
        }
    }

    // D-648: booked arrivals whose time has come are called before walk-ins, walk-ins first come first served, early
    // booked arrivals after them; the called ticket opens the PSC application with the booked person's IIN.
    [Fact]
    public async Task CallNext_BookedDueBeforeWalkIns_FifoOtherwise_RecallNoShow_ApplyLink()
    {
        var kiosk = Factory.CreateClient();
        var citizen = await Factory.SignedInAsync(DemoData.Talgat.Iin);
        var op = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        await Expect(await citizen.GetAsync("/api/queue/window", Ct), HttpStatusCode.Forbidden, "QUE-0012");
        await Expect(await op.PostAsync("/api/queue/window/call-next", null, Ct), HttpStatusCode.Conflict, "QUE-0015");

        var w1 = await Take(kiosk, Almaty, S5);
        var today = AlmatyTime.LocalDate(Factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var next = (await citizen.GetFromJsonAsync<JsonElement[]>($"/api/queue/centres/{Almaty}/slots?service={S3}&date={today}", Ct))!
            .First(s => s.GetProperty("free").GetInt32() > 0).GetProperty("start").GetDateTimeOffset();
        var code = (await Book(citizen, Almaty, S3, next)).GetProperty("code").GetString()!;
        var booked = await ApiResponses.CreatedAsync(await kiosk.PostAsJsonAsync($"/api/queue/centres/{Almaty}/check-in", new { code = code.ToLowerInvariant() }, Ct));
        Assert.True(booked.GetProperty("booked").GetBoolean());
        await Expect(await kiosk.PostAsJsonAsync($"/api/queue/centres/{Almaty}/check-in", new { code }, Ct), HttpStatusCode.Conflict, "QUE-0008");
        var w2 = await Take(kiosk, Almaty, S5);

        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync("/api/queue/window", new { window = 1 }, Ct)).StatusCode);
        var other = await Factory.SignedInAsync(QueueDemoDataIins.AlmatySecondOperator);
        await Expect(await other.PostAsJsonAsync("/api/queue/window", new { window = 1 }, Ct), HttpStatusCode.Conflict, "QUE-0014");
        await Expect(await other.PostAsJsonAsync("/api/queue/window", new { window = 9 }, Ct), HttpStatusCode.NotFound, "QUE-0013");

        // The booked arrival came early: the walk-in who came first is called first.
        Assert.Equal(w1, (await Act(op, "call-next")).GetProperty("number").GetString());
        await Expect(await op.PostAsync("/api/queue/window/call-next", null, Ct), HttpStatusCode.Conflict, "QUE-0017");
        Assert.Equal(1, (await Act(op, "recall")).GetProperty("recalls").GetInt32());
        await Expect(await op.PostAsync("/api/queue/window/finish", null, Ct), HttpStatusCode.Conflict, "QUE-0019");
        await Act(op, "start");
        await Act(op, "finish");

        // At the booked time the booked arrival goes before the walk-in who waits.
        Factory.Clock.Advance(next - Factory.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        var called = await Act(op, "call-next");
        Assert.Equal(booked.GetProperty("number").GetString(), called.GetProperty("number").GetString());
        await AssertApplyLinkAsync(op, called, DemoData.Talgat.Iin, S3);
        var board = await kiosk.GetFromJsonAsync<JsonElement[]>($"/api/queue/centres/{Almaty}/board", Ct);
        Assert.Contains(board!, r => r.GetProperty("ticket").GetString() == called.GetProperty("number").GetString() && r.GetProperty("window").GetInt32() == 1);
        await Act(op, "start");
        // The window page renders the apply link of the served ticket without the person's IIN (issue 14 item 7).
        var page = await (await op.GetAsync("/queue/window", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"window-apply\"", page);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(called.GetProperty("applyLink").GetString()!), page);
        Assert.DoesNotContain(DemoData.Talgat.Iin, page);
        await Act(op, "finish");

        var last = await Act(op, "call-next");
        Assert.Equal(w2, last.GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("applyLink").ValueKind); // a walk-in: the operator types the IIN
        Assert.Equal("no-show", (await Act(op, "no-show")).GetProperty("status").GetString());
        await Expect(await op.PostAsync("/api/queue/window/call-next", null, Ct), HttpStatusCode.Conflict, "QUE-0016");
    }

    // 004.md item 4 (S1–S5): wait ≤ 15 minutes; service S5 ≤ 15, S1 ≤ 30 minutes; measured per ticket with the clock.
    [Fact]
    public async Task Limits_MeasuredPerTicket_SupervisorSeesBreachesAndShares()
    {
        var kiosk = Factory.CreateClient();
        var t1 = await Take(kiosk, Kosshy, S5);
        Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var t2 = await Take(kiosk, Kosshy, S1);

        var op = await Factory.SignedInAsync(QueueDemoDataIins.KosshyOperator);
        await op.PostAsJsonAsync("/api/queue/window", new { window = 2 }, Ct);
        Assert.Equal(t1, (await Act(op, "call-next")).GetProperty("number").GetString());
        await Act(op, "start");
        Factory.Clock.Advance(TimeSpan.FromMinutes(20));
        await Act(op, "finish");

        var head = await Factory.SignedInAsync(QueueDemoDataIins.KosshyHead);
        var o = await head.GetFromJsonAsync<JsonElement>($"/api/queue/centres/{Kosshy}/overview", Ct);
        Assert.Equal(1, o.GetProperty("waiting").GetInt32());
        Assert.Equal(20, o.GetProperty("longestWaitMinutes").GetInt32());
        var breaches = o.GetProperty("breaches").EnumerateArray().Select(b =>
            (b.GetProperty("ticket").GetString(), b.GetProperty("kind").GetString(), b.GetProperty("minutes").GetInt32(), b.GetProperty("limitMinutes").GetInt32(), b.GetProperty("ongoing").GetBoolean())).ToList();
        Assert.Contains((t1, "wait", 16, 15, false), breaches);
        Assert.Contains((t1, "service", 20, 15, false), breaches); // S5: 15 minutes
        Assert.Contains((t2, "wait", 20, 15, true), breaches); // still waiting, already over
        Assert.Equal(0, o.GetProperty("waitWithin").GetInt32());
        Assert.Equal(1, o.GetProperty("serviceMeasured").GetInt32());
        var window = o.GetProperty("windows").EnumerateArray().Single(w => w.GetProperty("number").GetInt32() == 2);
        Assert.Equal("free", window.GetProperty("state").GetString());

        Assert.Equal(t2, (await Act(op, "call-next")).GetProperty("number").GetString());
        await Act(op, "start");
        Factory.Clock.Advance(TimeSpan.FromMinutes(25));
        await Act(op, "finish"); // S1: 30 minutes, within
        o = await head.GetFromJsonAsync<JsonElement>($"/api/queue/centres/{Kosshy}/overview", Ct);
        Assert.Equal(2, o.GetProperty("served").GetInt32());
        Assert.Equal(1, o.GetProperty("serviceWithin").GetInt32());
        Assert.Equal(0.5, o.GetProperty("serviceWithinShare").GetDouble());
        Assert.Equal(0, o.GetProperty("waitWithinShare").GetDouble());

        // Only the head of this centre sees it.
        await Expect(await op.GetAsync($"/api/queue/centres/{Kosshy}/overview", Ct), HttpStatusCode.Forbidden, "QUE-0020");
        var otherHead = await Factory.SignedInAsync(QueueDemoDataIins.AlmatyHead);
        await Expect(await otherHead.GetAsync($"/api/queue/centres/{Kosshy}/overview", Ct), HttpStatusCode.Forbidden, "QUE-0020");
    }

    // D-644, D-648: many windows call at once and a ticket goes to exactly one of them; numbers are unique per day.
    [Fact]
    public async Task CallNext_Concurrent_NeverAssignsOneTicketTwice()
    {
        const string centre = "psc-test-race";
        const int windows = 6;
        var operators = Enumerable.Range(0, windows).Select(i => Iin.Create(new DateOnly(1991, 1, 1 + i), Sex.Female, 950 + i).Value.ToString()).ToList();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            db.ProviderUnits.Add(new ProviderUnit { Id = centre, Provider = "state-corporation", NameKk = "Сынақ ХҚКО", NameRu = "Тестовый ЦОН", RegionCode = "75" });
            db.Staff.AddRange(operators.Select((iin, i) => new StaffMember { Iin = iin, FullName = "ОПЕРАТОР " + i, Role = Roles.PscOperator, UnitId = centre }));
            db.Add(new QueueCentre { UnitId = centre });
            db.Add(new QueueCentreService { CentreId = centre, ServiceId = S5 });
            db.AddRange(Enumerable.Range(1, windows).Select(n => new QueueWindow { CentreId = centre, Number = n }));
            await db.SaveChangesAsync(Ct);
        }

        var kiosk = Factory.CreateClient();
        var numbers = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Take(kiosk, centre, S5)));
        Assert.Equal(24, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 24).Select(n => n.ToString("000", System.Globalization.CultureInfo.InvariantCulture)), numbers.Order());

        var clients = await Task.WhenAll(operators.Select(o => Factory.SignedInAsync(o)));
        for (var i = 0; i < windows; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await clients[i].PostAsJsonAsync("/api/queue/window", new { window = i + 1 }, Ct)).StatusCode);
        }

        var calledPerWindow = await Task.WhenAll(clients.Select(async client =>
        {
            var mine = new List<string>();
            while (true)
            {
                var response = await client.PostAsync("/api/queue/window/call-next", null, Ct);
                if (response.StatusCode == HttpStatusCode.Conflict)
                {
                    Assert.Equal("QUE-0016", (await ApiResponses.ProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());
                    return mine;
                }

                var ticket = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
                Assert.True(response.IsSuccessStatusCode, ticket.ToString());
                mine.Add(ticket.GetProperty("number").GetString()!);
                await Act(client, "start");
                await Act(client, "finish");
            }
        }));
        var all = calledPerWindow.SelectMany(x => x).ToList();
        Assert.Equal(24, all.Count);
        Assert.Equal(24, all.Distinct().Count());
    }

    // 004.md S1, S3, S4 item 12: a home visit for health reasons; not for S2 and S5; assigned to an operator on a working day.
    [Fact]
    public async Task HomeVisit_OnlyS1S3S4_AssignedToOperatorOnWorkingDay()
    {
        var igor = await Factory.SignedInAsync(DemoData.Igor.Iin);
        await Expect(await igor.PostAsJsonAsync("/api/queue/home-visits", new { centre = Almaty, service = S5, reason = "бед", address = "ул. Абая 1" }, Ct), HttpStatusCode.UnprocessableEntity, "QUE-0021");
        await Expect(await igor.PostAsJsonAsync("/api/queue/home-visits", new { centre = Almaty, service = S1, address = "ул. Абая 1" }, Ct), HttpStatusCode.BadRequest, "QUE-0022");
        var visit = await ApiResponses.CreatedAsync(await igor.PostAsJsonAsync("/api/queue/home-visits",
            new { centre = Almaty, service = S1, reason = "Лежачий больной после операции", address = "г. Алматы, ул. Абая 1, кв. 5", phone = "+77010000000" }, Ct));
        var number = visit.GetProperty("number").GetString()!;
        Assert.Equal("requested", visit.GetProperty("status").GetString());

        var head = await Factory.SignedInAsync(QueueDemoDataIins.AlmatyHead);
        await Expect(await head.PostAsJsonAsync($"/api/queue/home-visits/{number}/assign", new { @operator = DemoData.PscOperator.Iin, date = "2026-11-29" }, Ct), HttpStatusCode.UnprocessableEntity, "QUE-0024"); // Sunday
        await Expect(await head.PostAsJsonAsync($"/api/queue/home-visits/{number}/assign", new { @operator = QueueDemoDataIins.KosshyOperator, date = "2026-11-26" }, Ct), HttpStatusCode.UnprocessableEntity, "QUE-0025");
        var kosshyHead = await Factory.SignedInAsync(QueueDemoDataIins.KosshyHead);
        await Expect(await kosshyHead.PostAsJsonAsync($"/api/queue/home-visits/{number}/assign", new { @operator = DemoData.PscOperator.Iin, date = "2026-11-26" }, Ct), HttpStatusCode.Forbidden, "QUE-0020");
        var assigned = await (await head.PostAsJsonAsync($"/api/queue/home-visits/{number}/assign", new { @operator = DemoData.PscOperator.Iin, date = "2026-11-26" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("assigned", assigned.GetProperty("status").GetString());
        Assert.Equal("2026-11-26", assigned.GetProperty("visitDate").GetString());

        var op = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        Assert.Contains((await op.GetFromJsonAsync<JsonElement[]>("/api/queue/home-visits", Ct))!, v => v.GetProperty("number").GetString() == number);
        Assert.Contains((await igor.GetFromJsonAsync<JsonElement[]>("/api/queue/home-visits", Ct))!, v => v.GetProperty("number").GetString() == number && v.GetProperty("status").GetString() == "assigned");
    }

    // D-652 (004.md item 8; S1 §5 steps 2–3): a walk-in ticket keeps the IIN given at the kiosk or to the operator, checked
    // with the IIN checksum (a wrong one issues nothing); the window shows who is next by the register's name.
    [Fact]
    public async Task WalkInTicket_KeepsCheckedIin_WindowShowsWhoIsNextByName()
    {
        var (centre, operators, _) = await NewCentreAsync("psc-test-iin", 1, 300);
        var kiosk = Factory.CreateClient();
        var wrong = DemoData.Nurlan.Iin[..11] + (char)('0' + ((DemoData.Nurlan.Iin[11] - '0' + 1) % 10));
        var problem = await Expect(await kiosk.PostAsJsonAsync($"/api/queue/centres/{centre}/tickets", new { service = S5, iin = wrong }, Ct), HttpStatusCode.UnprocessableEntity, "QUE-0028");
        Assert.Contains("iin", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Expect(await kiosk.PostAsJsonAsync($"/api/queue/centres/{centre}/tickets", new { service = S5, iin = "12345" }, Ct), HttpStatusCode.UnprocessableEntity, "QUE-0028");

        var first = await ApiResponses.CreatedAsync(await kiosk.PostAsJsonAsync($"/api/queue/centres/{centre}/tickets", new { service = S5, iin = DemoData.Nurlan.Iin }, Ct));
        Assert.Equal("001", first.GetProperty("number").GetString()); // the refused requests issued nothing

        var op = await Factory.SignedInAsync(operators[0]);
        await Expect(await op.PostAsJsonAsync("/api/queue/window/tickets", new { service = S5, iin = wrong }, Ct), HttpStatusCode.UnprocessableEntity, "QUE-0028");
        var second = await ApiResponses.CreatedAsync(await op.PostAsJsonAsync("/api/queue/window/tickets", new { service = S3, iin = $" {DemoData.Mira.Iin} " }, Ct));
        Assert.Equal("002", second.GetProperty("number").GetString());
        Assert.Equal(centre, second.GetProperty("centreId").GetString());
        await Take(kiosk, centre, S5); // no IIN: still a ticket

        var state = await op.GetFromJsonAsync<JsonElement>("/api/queue/window", Ct);
        Assert.Equal("001", state.GetProperty("next").GetProperty("number").GetString());
        Assert.Equal(DemoData.Nurlan.FullName, state.GetProperty("next").GetProperty("personName").GetString());

        await op.PostAsJsonAsync("/api/queue/window", new { window = 1 }, Ct);
        var called = await Act(op, "call-next");
        Assert.Equal(DemoData.Nurlan.FullName, called.GetProperty("personName").GetString());
        await AssertApplyLinkAsync(op, called, DemoData.Nurlan.Iin, S5);
        state = await op.GetFromJsonAsync<JsonElement>("/api/queue/window", Ct);
        Assert.Equal(DemoData.Mira.FullName, state.GetProperty("next").GetProperty("personName").GetString());
        await Act(op, "no-show");
        await Act(op, "call-next");
        await Act(op, "no-show");
        state = await op.GetFromJsonAsync<JsonElement>("/api/queue/window", Ct);
        Assert.Equal(JsonValueKind.Null, state.GetProperty("next").GetProperty("personName").ValueKind);
    }

    // D-653 (004.md S1 §5 step 3): the application the operator files for the person at the window is recorded on the
    // ticket; a walk-in without an IIN takes the applicant's; the supervisor sees the number against the ticket.
    [Fact]
    public async Task ApplicationFiledAtWindow_IsRecordedOnTicket_SupervisorSeesIt()
    {
        var (centre, operators, head) = await NewCentreAsync("psc-test-link", 2, 310);
        var kiosk = Factory.CreateClient();
        var withIin = await ApiResponses.CreatedAsync(await kiosk.PostAsJsonAsync($"/api/queue/centres/{centre}/tickets", new { service = S5, iin = DemoData.Aigerim.Iin }, Ct));
        var walkIn = await Take(kiosk, centre, S5);

        var op = await Factory.SignedInAsync(operators[0]);
        var other = await Factory.SignedInAsync(operators[1]);
        await op.PostAsJsonAsync("/api/queue/window", new { window = 1 }, Ct);
        await other.PostAsJsonAsync("/api/queue/window", new { window = 2 }, Ct);
        Assert.Equal(withIin.GetProperty("number").GetString(), (await Act(op, "call-next")).GetProperty("number").GetString());
        Assert.Equal(walkIn, (await Act(other, "call-next")).GetProperty("number").GetString());
        await Act(op, "start");
        await Act(other, "start");

        // Another person's application at the first window is not this ticket's; the ticket person's is.
        var foreign = await FileCadastralInfoAsync(op, DemoData.Nurlan.Iin);
        var mine = await FileCadastralInfoAsync(op, DemoData.Aigerim.Iin);
        var current = (await op.GetFromJsonAsync<JsonElement>("/api/queue/window", Ct)).GetProperty("current");
        Assert.Equal(mine, current.GetProperty("applicationNumber").GetString());
        Assert.NotEqual(foreign, mine);

        // The walk-in at the second window had no IIN: the application's applicant becomes the ticket's person.
        var walkInApp = await FileCadastralInfoAsync(other, DemoData.Nurlan.Iin);
        current = (await other.GetFromJsonAsync<JsonElement>("/api/queue/window", Ct)).GetProperty("current");
        Assert.Equal(walkInApp, current.GetProperty("applicationNumber").GetString());
        Assert.Equal(DemoData.Nurlan.FullName, current.GetProperty("personName").GetString());
        await Act(op, "finish");
        await Act(other, "finish");

        var supervisor = await Factory.SignedInAsync(head);
        var tickets = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/queue/centres/{centre}/overview", Ct)).GetProperty("tickets").EnumerateArray()
            .Select(t => (t.GetProperty("ticket").GetString(), t.GetProperty("applicationNumber").GetString(), t.GetProperty("personName").GetString())).ToList();
        Assert.Contains((withIin.GetProperty("number").GetString(), mine, DemoData.Aigerim.FullName), tickets);
        Assert.Contains((walkIn, walkInApp, DemoData.Nurlan.FullName), tickets);

        // An application filed with no ticket at the window links to nothing.
        await FileCadastralInfoAsync(op, DemoData.Aigerim.Iin);
        tickets = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/queue/centres/{centre}/overview", Ct)).GetProperty("tickets").EnumerateArray()
            .Select(t => (t.GetProperty("ticket").GetString(), t.GetProperty("applicationNumber").GetString(), t.GetProperty("personName").GetString())).ToList();
        Assert.Equal(2, tickets.Count(t => t.Item2 is not null));
    }

    // D-654 (004.md item 8): the head of the centre sets the weekly hours from a date (tomorrow at the earliest); slots and
    // the kiosk follow them from that date, and holidays and days off still come from the working calendar.
    [Fact]
    public async Task CentreHours_SetByHeadFromADate_SlotsFollow_CalendarStillRules()
    {
        var (centre, operators, head) = await NewCentreAsync("psc-test-hours", 1, 320);
        var supervisor = await Factory.SignedInAsync(head);
        var today = AlmatyTime.LocalDate(Factory.Clock.GetUtcNow());
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = Day(today.AddDays(1));

        await Expect(await (await Factory.SignedInAsync(operators[0])).PostAsJsonAsync("/api/queue/hours", new { effectiveFrom = tomorrow, weekdayOpens = "10:00", weekdayCloses = "12:00" }, Ct), HttpStatusCode.Forbidden, "QUE-0020");
        await Expect(await supervisor.PostAsJsonAsync("/api/queue/hours", new { effectiveFrom = Day(today), weekdayOpens = "10:00", weekdayCloses = "12:00" }, Ct), HttpStatusCode.UnprocessableEntity, "QUE-0030");
        var bad = await Expect(await supervisor.PostAsJsonAsync("/api/queue/hours", new { effectiveFrom = tomorrow, weekdayOpens = "12:00", weekdayCloses = "10:00" }, Ct), HttpStatusCode.UnprocessableEntity, "QUE-0029");
        Assert.Contains("weekdayCloses", bad.GetProperty("detail").GetString(), StringComparison.Ordinal);
        bad = await Expect(await supervisor.PostAsJsonAsync("/api/queue/hours", new { effectiveFrom = tomorrow, weekdayOpens = "10:00", weekdayCloses = "12:00", saturdayOpens = "10:00" }, Ct), HttpStatusCode.UnprocessableEntity, "QUE-0029");
        Assert.Contains("saturdayCloses", bad.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Expect(await supervisor.PostAsJsonAsync("/api/queue/hours", new { effectiveFrom = tomorrow, weekdayOpens = "25:00", weekdayCloses = "12:00" }, Ct), HttpStatusCode.UnprocessableEntity, "QUE-0029");
        await Expect(await supervisor.PostAsJsonAsync("/api/queue/hours", new { effectiveFrom = "24.11.2026", weekdayOpens = "10:00", weekdayCloses = "12:00" }, Ct), HttpStatusCode.BadRequest, "QUE-0027");
        Assert.Empty((await supervisor.GetFromJsonAsync<JsonElement>("/api/queue/hours", Ct)).GetProperty("upcoming").EnumerateArray()); // nothing was written

        var citizen = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        async Task<List<DateTimeOffset>> Slots(DateOnly d) =>
            [.. (await citizen.GetFromJsonAsync<JsonElement[]>($"/api/queue/centres/{centre}/slots?service={S5}&date={Day(d)}", Ct))!.Select(x => x.GetProperty("start").GetDateTimeOffset())];
        var saturday = today.AddDays(((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7);
        Assert.NotEmpty(await Slots(saturday)); // before the change: Mon–Sat 9:00–20:00

        var set = await supervisor.PostAsJsonAsync("/api/queue/hours", new { effectiveFrom = tomorrow, weekdayOpens = "10:00", weekdayCloses = "12:00" }, Ct);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var schedule = await set.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("09:00", schedule.GetProperty("today").GetProperty("weekdayOpens").GetString()); // today keeps today's hours
        Assert.Equal(tomorrow, schedule.GetProperty("upcoming")[0].GetProperty("effectiveFrom").GetString());

        var next = await Slots(today.AddDays(1));
        Assert.Equal(8, next.Count);
        Assert.Equal(AlmatyTime.FromLocal(today.AddDays(1), new TimeOnly(10, 0)), next[0]);
        Assert.Equal(AlmatyTime.FromLocal(today.AddDays(1), new TimeOnly(11, 45)), next[^1]);
        Assert.Empty(await Slots(saturday)); // closed on Saturdays from the change on
        Assert.Empty(await Slots(new DateOnly(2026, 12, 16))); // Independence Day: the calendar still rules
        await Expect(await PostBook(citizen, centre, S5, AlmatyTime.FromLocal(today.AddDays(1), new TimeOnly(9, 0))), HttpStatusCode.UnprocessableEntity, "QUE-0003");
        Assert.NotEmpty(await Slots(today)); // the kiosk and today's slots keep the old hours
    }

    // D-655 (004.md S1, S3, S4 item 12): the operator assigned marks the home visit done on or after its day; nobody else
    // can; the citizen sees it done; a done visit is not reassigned.
    [Fact]
    public async Task HomeVisit_MarkedDoneByAssignedOperator_CitizenSeesIt()
    {
        var talgat = await Factory.SignedInAsync(DemoData.Talgat.Iin);
        var head = await Factory.SignedInAsync(QueueDemoDataIins.AlmatyHead);
        var today = AlmatyTime.LocalDate(Factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        async Task<string> Visit(string date)
        {
            var v = await ApiResponses.CreatedAsync(await talgat.PostAsJsonAsync("/api/queue/home-visits",
                new { centre = Almaty, service = S3, reason = "Мүгедектігі бар, жүре алмайды", address = "Алматы қ., Абай даңғылы, 12, 3-пәтер" }, Ct));
            var number = v.GetProperty("number").GetString()!;
            Assert.Equal(HttpStatusCode.OK, (await head.PostAsJsonAsync($"/api/queue/home-visits/{number}/assign", new { @operator = DemoData.PscOperator.Iin, date }, Ct)).StatusCode);
            return number;
        }

        var due = await Visit(today);
        var later = await Visit("2026-11-25");
        var op = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        await Expect(await (await Factory.SignedInAsync(QueueDemoDataIins.AlmatySecondOperator)).PostAsync($"/api/queue/home-visits/{due}/done", null, Ct), HttpStatusCode.Forbidden, "QUE-0031");
        await Expect(await talgat.PostAsync($"/api/queue/home-visits/{due}/done", null, Ct), HttpStatusCode.Forbidden, "QUE-0031");
        await Expect(await op.PostAsync($"/api/queue/home-visits/{later}/done", null, Ct), HttpStatusCode.Conflict, "QUE-0032"); // its day has not come
        await Expect(await op.PostAsync("/api/queue/home-visits/nope/done", null, Ct), HttpStatusCode.NotFound, "QUE-0023");

        var done = await op.PostAsync($"/api/queue/home-visits/{due}/done", null, Ct);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        await Expect(await op.PostAsync($"/api/queue/home-visits/{due}/done", null, Ct), HttpStatusCode.Conflict, "QUE-0032");
        await Expect(await head.PostAsJsonAsync($"/api/queue/home-visits/{due}/assign", new { @operator = DemoData.PscOperator.Iin, date = today }, Ct), HttpStatusCode.Conflict, "QUE-0033");

        var mine = (await talgat.GetFromJsonAsync<JsonElement[]>("/api/queue/home-visits", Ct))!;
        var seen = mine.Single(v => v.GetProperty("number").GetString() == due);
        Assert.Equal("done", seen.GetProperty("status").GetString());
        Assert.Equal(Factory.Clock.GetUtcNow(), seen.GetProperty("doneAt").GetDateTimeOffset());
        Assert.Equal("assigned", mine.Single(v => v.GetProperty("number").GetString() == later).GetProperty("status").GetString());
    }

    /// <summary>A centre of a test's own (unit, head, operators, windows, the S3 and S5 queues), so no other test's tickets mix in.</summary>
    private async Task<(string Centre, List<string> Operators, string Head)> NewCentreAsync(string centre, int windows, int serial)
    {
        var operators = Enumerable.Range(0, windows).Select(i => Iin.Create(new DateOnly(1992, 2, 1 + i), Sex.Male, serial + i).Value.ToString()).ToList();
        var head = Iin.Create(new DateOnly(1981, 3, 3), Sex.Female, serial).Value.ToString();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        db.ProviderUnits.Add(new ProviderUnit { Id = centre, Provider = "state-corporation", NameKk = "Сынақ ХҚКО", NameRu = "Тестовый ЦОН", RegionCode = "75" });
        db.Staff.AddRange(operators.Select((iin, i) => new StaffMember { Iin = iin, FullName = "ОПЕРАТОР " + i, Role = Roles.PscOperator, UnitId = centre }));
        db.Staff.Add(new StaffMember { Iin = head, FullName = "БАСШЫ", Role = Roles.ProviderHead, UnitId = centre });
        db.Add(new QueueCentre { UnitId = centre });
        db.AddRange(new[] { S3, S5 }.Select(s => new QueueCentreService { CentreId = centre, ServiceId = s }));
        db.AddRange(Enumerable.Range(1, windows).Select(n => new QueueWindow { CentreId = centre, Number = n }));
        await db.SaveChangesAsync(Ct);
        return (centre, operators, head);
    }

    /// <summary>The operator files the land cadastral-information service (002.md, automated) for a person; its number.</summary>
    private static async Task<string> FileCadastralInfoAsync(HttpClient op, string applicantId) =>
        (await ApiResponses.CreatedAsync(await op.PostAsJsonAsync("/api/services/land.cadastral-info/applications",
            new { applicantId, fields = new { cadastralNumber = "75-123-045-067" } }, Ct))).GetProperty("number").GetString()!;

    /// <summary>
    /// The apply link of a called ticket names the ticket, never the person's IIN; followed by an operator of the ticket's centre it leads to the desk flow for that person and service;
    /// an operator of another centre gets 404.
    /// </summary>
    private async Task AssertApplyLinkAsync(HttpClient op, JsonElement called, string iin, string service)
    {
        var link = called.GetProperty("applyLink").GetString()!;
        Assert.Equal("/queue/window?handler=Apply&ticket=" + called.GetProperty("id").GetString(), link);
        Assert.DoesNotContain(iin, link);

        var follow = await op.GetAsync(link, Ct);
        Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
        // D-639: the desk flow names the person by the operator's handle; no address on the way carries the IIN.
        var desk = follow.Headers.Location!.OriginalString;
        Assert.StartsWith("/psc?subject=", desk);
        Assert.EndsWith($"&service={Uri.EscapeDataString(service)}", desk);
        Assert.DoesNotContain(iin, desk);
        var toForm = await op.GetAsync(desk, Ct);
        Assert.Equal(HttpStatusCode.Redirect, toForm.StatusCode);
        var apply = toForm.Headers.Location!.OriginalString;
        Assert.StartsWith($"/apply/{service}?subject=", apply);
        Assert.DoesNotContain(iin, apply);
        var form = await op.GetAsync(apply, Ct);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains($"name=\"ApplicantId\" value=\"{iin}\"", await form.Content.ReadAsStringAsync(Ct));

        var other = await Factory.SignedInAsync(QueueDemoDataIins.KosshyOperator);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(link, Ct)).StatusCode);
        // Another operator (even of the same centre) holding the address gets nobody: 404 and the IIN asked again.
        var colleague = await Factory.SignedInAsync(QueueDemoDataIins.AlmatySecondOperator);
        var refused = await colleague.GetAsync(desk, Ct);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain(iin, await refused.Content.ReadAsStringAsync(Ct));
    }

    private static async Task<JsonElement> Act(HttpClient op, string action)
    {
        var response = await op.PostAsync("/api/queue/window/" + action, null, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<string> Take(HttpClient kiosk, string centre, string service) =>
        (await ApiResponses.CreatedAsync(await kiosk.PostAsJsonAsync($"/api/queue/centres/{centre}/tickets", new { service }, Ct))).GetProperty("number").GetString()!;

    private static Task<HttpResponseMessage> PostBook(HttpClient client, string centre, string service, DateTimeOffset slot) =>
        client.PostAsJsonAsync("/api/queue/bookings", new { centre, service, slotStart = slot }, Ct);

    private static async Task<JsonElement> Book(HttpClient client, string centre, string service, DateTimeOffset slot) =>
        await ApiResponses.CreatedAsync(await PostBook(client, centre, service, slot));

    private static async Task<JsonElement> Expect(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await ApiResponses.ProblemAsync(response, status);
        Assert.Equal(code, problem.GetProperty("errorCode").GetString());
        return problem;
    }
}

/// <summary>The queue's demo staff by IIN (seeded by the module, D-650).</summary>
internal static class QueueDemoDataIins
{
    public static string AlmatyHead => QueueDemoData.AlmatyHead.Iin;
    public static string AlmatySecondOperator => QueueDemoData.AlmatySecondOperator.Iin;
    public static string KosshyHead => QueueDemoData.Staff.Single(s => s.UnitId == QueueDemoData.Kosshy && s.Role == Roles.ProviderHead).Iin;
    public static string KosshyOperator => QueueDemoData.Staff.Single(s => s.UnitId == QueueDemoData.Kosshy && s.Role == Roles.PscOperator).Iin;
}

public sealed class SqliteQueueApiTests(SqliteHost host) : QueueApiTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresQueueApiTests(PostgresHost host) : QueueApiTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
