using System.Globalization;
using Qyzmet.Kernel.Calendar;

namespace Qyzmet.Tests.Kernel;

/// <summary>Channel working hours as the service regulations state them (see <see cref="Channel"/>).</summary>
public sealed class WorkingHoursTests
{
    private static readonly WorkingCalendar WithTransfers = new(
    [
        new DayOverride(new DateOnly(2026, 5, 8), DayOverrideKind.DayOff, "test decree"),
        new DayOverride(new DateOnly(2026, 5, 16), DayOverrideKind.WorkingDay, "test decree"),
    ]);

    [Theory]
    [InlineData(Channel.Portal, "2025-11-16T03:00+05:00", false, true)] // Sunday night
    [InlineData(Channel.Portal, "2025-12-16T12:00+05:00", false, true)] // Independence Day
    [InlineData(Channel.ProviderOffice, "2025-11-10T08:59+05:00", false, false)]
    [InlineData(Channel.ProviderOffice, "2025-11-10T09:00+05:00", false, true)]
    [InlineData(Channel.ProviderOffice, "2025-11-10T04:00Z", false, true)] // 09:00 local
    [InlineData(Channel.ProviderOffice, "2025-11-10T13:30+05:00", false, false)] // lunch
    [InlineData(Channel.ProviderOffice, "2025-11-10T14:00+05:00", false, true)]
    [InlineData(Channel.ProviderOffice, "2025-11-10T18:29+05:00", false, true)]
    [InlineData(Channel.ProviderOffice, "2025-11-10T18:30+05:00", false, false)]
    [InlineData(Channel.ProviderOffice, "2025-11-15T10:00+05:00", false, false)] // Saturday
    [InlineData(Channel.ProviderOffice, "2025-12-16T10:00+05:00", false, false)] // Independence Day
    [InlineData(Channel.ProviderOffice, "2025-10-27T10:00+05:00", false, false)] // Republic Day moved to Monday
    [InlineData(Channel.ProviderOffice, "2026-05-08T10:00+05:00", true, false)] // transferred day off
    [InlineData(Channel.ProviderOffice, "2026-05-16T10:00+05:00", true, true)] // Saturday made working
    [InlineData(Channel.ServiceCentre, "2025-11-11T13:30+05:00", false, true)] // no lunch break
    [InlineData(Channel.ServiceCentre, "2025-11-11T19:59+05:00", false, true)]
    [InlineData(Channel.ServiceCentre, "2025-11-11T20:00+05:00", false, false)]
    [InlineData(Channel.ServiceCentre, "2025-11-15T19:59+05:00", false, true)] // ordinary Saturday
    [InlineData(Channel.ServiceCentre, "2025-11-16T12:00+05:00", false, false)] // Sunday
    [InlineData(Channel.ServiceCentre, "2025-03-22T12:00+05:00", false, false)] // Nauryz on a Saturday
    [InlineData(Channel.ServiceCentre, "2026-05-08T12:00+05:00", true, false)] // transferred day off
    [InlineData(Channel.MigrationPolice, "2025-11-15T12:59+05:00", false, true)] // Saturday morning
    [InlineData(Channel.MigrationPolice, "2025-11-15T13:00+05:00", false, false)]
    [InlineData(Channel.MigrationPolice, "2025-11-10T13:30+05:00", false, false)] // lunch
    [InlineData(Channel.MigrationPolice, "2025-11-10T17:00+05:00", false, true)]
    [InlineData(Channel.MigrationPolice, "2025-08-30T10:00+05:00", false, false)] // Constitution Day on a Saturday
    public void IsOpen_FollowsTheChannelScheduleAndTheWorkingCalendar(Channel channel, string at, bool withTransfers, bool open)
    {
        var calendar = withTransfers ? WithTransfers : WorkingCalendar.Statutory;
        Assert.Equal(open, WorkingHours.For(channel).IsOpen(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture), calendar));
    }

    [Fact]
    public void For_ReturnsTheChannelsOwnSchedule()
    {
        foreach (var channel in Enum.GetValues<Channel>())
        {
            Assert.Equal(channel, WorkingHours.For(channel).Channel);
        }

        Assert.True(WorkingHours.For(Channel.Portal).RoundTheClock);
    }
}
