package io.github.rununder.internal.fork;

import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.HotMethod;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.measure.TimeSite;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link Activity} on the channel, field by field. Parts travel by name, so a part a newer
 * worker knows and this test JVM does not is left out rather than breaking the frame.
 */
final class ActivityWire {

    private ActivityWire() {}

    static void write(Activity activity, WireOut out) {
        out.writeInt(activity.waits().size());
        activity.waits().forEach((part, nanos) -> out.writeString(part.name()).writeLong(nanos));
        out.writeInt(activity.sites().size());
        activity.sites().forEach((part, sites) -> {
            out.writeString(part.name()).writeInt(sites.size());
            sites.forEach(site -> out.writeString(site.what()).writeString(site.waitedIn())
                    .writeString(site.userFrame()).writeLong(site.count()).writeLong(site.nanos()));
        });
        out.writeLong(activity.gcPauseNanos()).writeLong(activity.safepointNanos());
        out.writeInt(activity.hotMethods().size());
        activity.hotMethods().forEach(hot -> out.writeString(hot.method()).writeLong(hot.samples()));
        out.writeLong(activity.executionSamples()).writeLong(activity.allocatedBytes());
        out.writeInt(activity.pinned().size());
        activity.pinned().forEach(park -> out.writeString(park.site()).writeString(park.reason())
                .writeLong(park.count()).writeLong(park.totalNanos()));
        out.writeLong(activity.recordedNanos());
    }

    static Activity read(WireIn in) throws IOException {
        Map<TimePart, Long> waits = new EnumMap<>(TimePart.class);
        for (int i = in.readCount(12); i > 0; i--) {
            TimePart part = part(in.readString());
            long nanos = in.readLong();
            if (part != null) {
                waits.put(part, nanos);
            }
        }
        Map<TimePart, List<TimeSite>> sites = new EnumMap<>(TimePart.class);
        for (int i = in.readCount(8); i > 0; i--) {
            TimePart part = part(in.readString());
            List<TimeSite> list = new ArrayList<>();
            for (int j = in.readCount(28); j > 0; j--) {
                list.add(new TimeSite(in.readString(), in.readString(), in.readString(), in.readLong(), in.readLong()));
            }
            if (part != null) {
                sites.put(part, list);
            }
        }
        long gc = in.readLong();
        long safepoints = in.readLong();
        List<HotMethod> hot = new ArrayList<>();
        for (int i = in.readCount(12); i > 0; i--) {
            hot.add(new HotMethod(in.readString(), in.readLong()));
        }
        long samples = in.readLong();
        long allocated = in.readLong();
        List<PinnedPark> pinned = new ArrayList<>();
        for (int i = in.readCount(24); i > 0; i--) {
            pinned.add(new PinnedPark(in.readString(), in.readString(), in.readLong(), in.readLong()));
        }
        return new Activity(waits, sites, gc, safepoints, hot, samples, allocated, pinned, in.readLong());
    }

    private static TimePart part(String name) {
        for (TimePart part : TimePart.values()) {
            if (part.name().equals(name)) {
                return part;
            }
        }
        return null;
    }
}
