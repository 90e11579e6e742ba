package vn.nscl.operations;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The number of open Vaadin sessions of this instance ({@code nscl.vaadin.sessions}): what a stopped instance would
 * cost (its users sign in again) and what the memory is spent on.
 */
@Component
class VaadinSessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    VaadinSessionMetrics(MeterRegistry meters) {
        Gauge.builder("nscl.vaadin.sessions", open, AtomicInteger::get)
                .description("Open Vaadin sessions on this instance").register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> open.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> open.decrementAndGet());
    }
}
