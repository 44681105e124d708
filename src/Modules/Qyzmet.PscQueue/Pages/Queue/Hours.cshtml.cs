using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.PscQueue.Domain;
using Qyzmet.PscQueue.Features.EditHours;

namespace Qyzmet.PscQueue.Pages.Queue;

/// <summary>
/// The head of the centre edits the centre's weekly hours from a date (004.md item 8; D-654): the hours in force today,
/// the changes to come, and the form. Days off, holidays and transfers stay with the working calendar.
/// </summary>
[Authorize]
public sealed class HoursModel(CentreHoursEditor editor, Centres centres, TimeProvider time) : PortalPage
{
    public CentreScheduleDto Schedule { get; private set; } = null!;

    public CentreView Centre { get; private set; } = null!;

    public string? Message { get; private set; }

    /// <summary>What the form shows: what was typed after an error, else tomorrow with today's hours.</summary>
    public (string EffectiveFrom, string WeekdayOpens, string WeekdayCloses, string? SaturdayOpens, string? SaturdayCloses) Form { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(null, ct);

    public async Task<IActionResult> OnPostAsync(string? effectiveFrom, string? weekdayOpens, string? weekdayCloses, string? saturdayOpens, string? saturdayCloses, CancellationToken ct)
    {
        try
        {
            await editor.SetAsync(SignedInUser, effectiveFrom, weekdayOpens, weekdayCloses, saturdayOpens, saturdayCloses, ct);
            return Redirect("/queue/supervisor/hours");
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 403 and not 404)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync((effectiveFrom ?? "", weekdayOpens ?? "", weekdayCloses ?? "", saturdayOpens, saturdayCloses), ct);
            return Page();
        }
    }

    private async Task LoadAsync((string, string, string, string?, string?)? typed, CancellationToken ct)
    {
        Schedule = await editor.ScheduleAsync(SignedInUser, ct);
        Centre = await centres.GetAsync(Schedule.CentreId, ct);
        var tomorrow = AlmatyTime.LocalDate(time.GetUtcNow()).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Form = typed ?? (tomorrow, Schedule.Today.WeekdayOpens, Schedule.Today.WeekdayCloses, Schedule.Today.SaturdayOpens, Schedule.Today.SaturdayCloses);
    }
}
