using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.PscQueue.Domain;
using Qyzmet.PscQueue.Features.BookSlot;

namespace Qyzmet.PscQueue.Pages.Queue;

/// <summary>
/// Booking a queue slot on the portal (004.md item 8): centre, service and day, then a free time; the booking code is
/// shown and the person's bookings can be cancelled. Times read in Almaty local time.
/// </summary>
[Authorize]
public sealed class BookModel(Centres centres, Bookings bookings, TimeProvider time) : PortalPage
{
    public IReadOnlyList<CentreView> AllCentres { get; private set; } = [];

    public CentreView? Centre { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? CentreId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Service { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    public IReadOnlyList<SlotDto>? Slots { get; private set; }

    public IReadOnlyList<BookingDto> Mine { get; private set; } = [];

    public string? Message { get; private set; }

    public string? BookedCode { get; private set; }

    public bool CancelledDone { get; private set; }

    public string Today => AlmatyTime.LocalDate(time.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(string? booked, bool cancelled, CancellationToken ct)
    {
        BookedCode = booked;
        CancelledDone = cancelled;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostBookAsync(string? slot, CancellationToken ct)
    {
        try
        {
            var start = DateTimeOffset.TryParse(slot, CultureInfo.InvariantCulture, DateTimeStyles.None, out var s) ? s : (DateTimeOffset?)null;
            var booking = await bookings.BookAsync(SignedInUser, CentreId, Service, start, ct);
            return Redirect($"/queue?booked={Uri.EscapeDataString(booking.Code)}");
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 403)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostCancelAsync(string? code, CancellationToken ct)
    {
        try
        {
            await bookings.CancelAsync(SignedInUser, code, ct);
            return Redirect("/queue?cancelled=true");
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 403)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(ct);
            return Page();
        }
    }

    public string CentreName(string id) => AllCentres.FirstOrDefault(c => c.Id == id)?.Name.For(Language.Current) ?? "—";

    private async Task LoadAsync(CancellationToken ct)
    {
        AllCentres = await centres.AllAsync(ct);
        Centre = AllCentres.FirstOrDefault(c => c.Id == CentreId);
        Mine = await bookings.MineAsync(SignedInUser, ct);
        if (Centre is null || string.IsNullOrEmpty(Service) || string.IsNullOrEmpty(Date))
        {
            return;
        }

        try
        {
            Slots = await bookings.SlotsAsync(Centre.Id, Service, Bookings.ParseDate(Date, "date"), ct);
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500)
        {
            Message ??= e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
    }
}
