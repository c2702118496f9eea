package org.protocolplanner.booking;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lapse job, run by one instance at a time however many share the database (a recurring job of
 * {@code shared.scheduling}), every {@code planner.bookings.lapse-interval} after the last run ended.
 */
@Configuration(proxyBeanMethods = false)
class BookingConfiguration {

    @Bean
    RecurringTask<Void> bookingLapseJob(
            BookingLapses lapses, @Value("${planner.bookings.lapse-interval}") Duration interval) {
        return Tasks.recurring("booking-lapses", FixedDelay.of(interval))
                .execute((instance, context) -> lapses.lapseDue());
    }
}
