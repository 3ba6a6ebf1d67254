<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Activities</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="84"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="81"/>
        <source>%n order(s) of unknown outcome being checked</source>
        <translation>
            <numerusform>%n order of unknown outcome being checked</numerusform>
            <numerusform>%n orders of unknown outcome being checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="93"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="62"/>
        <source>bought %n line(s)</source>
        <translation>
            <numerusform>bought %n line</numerusform>
            <numerusform>bought %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="70"/>
        <source>bought %n so far</source>
        <translation>
            <numerusform>bought %n so far</numerusform>
            <numerusform>bought %n so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="62"/>
        <source>in %n order(s)</source>
        <translation>
            <numerusform>in %n order</numerusform>
            <numerusform>in %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="248"/>
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../workstation/scanner/labels.py" line="133"/>
        <location filename="../../workstation/scanner/labels.py" line="201"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/orders/pane.py" line="184"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/orders/pane.py" line="161"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/outbox.py" line="124"/>
        <source>%n change(s) not sent to OT Box</source>
        <translation>
            <numerusform>%n change not sent to OT Box</numerusform>
            <numerusform>%n changes not sent to OT Box</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelSection</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="296"/>
        <source>{0} — {1}: %n line(s)</source>
        <translation>
            <numerusform>{0} — {1}: %n line</numerusform>
            <numerusform>{0} — {1}: %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformStatusLabel</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/platform_status.py" line="92"/>
        <source>%n warehouse change(s) not sent yet.</source>
        <translation>
            <numerusform>%n warehouse change not sent yet.</numerusform>
            <numerusform>%n warehouse changes not sent yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseGroups</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/model.py" line="134"/>
        <source>{0} · %n line(s)</source>
        <translation>
            <numerusform>{0} · %n line</numerusform>
            <numerusform>{0} · %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasePane</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="239"/>
        <source>%n line(s) are reserved by a marketplace order sent without a clear answer; the workstation keeps looking it up (Activities shows its question).</source>
        <translation>
            <numerusform>%n line is reserved by a marketplace order sent without a clear answer; the workstation keeps looking it up (Activities shows its question).</numerusform>
            <numerusform>%n lines are reserved by a marketplace order sent without a clear answer; the workstation keeps looking it up (Activities shows its question).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="328"/>
        <source>%n selected line(s) not ready for purchase were left out.</source>
        <translation>
            <numerusform>%n selected line not ready for purchase was left out.</numerusform>
            <numerusform>%n selected lines not ready for purchase were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="326"/>
        <source>Booking %n line(s) with {0}…</source>
        <translation>
            <numerusform>Booking %n line with {0}…</numerusform>
            <numerusform>Booking %n lines with {0}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="343"/>
        <source>Recalculated %n line(s) at the purchase figures.</source>
        <translation>
            <numerusform>Recalculated %n line at the purchase figures.</numerusform>
            <numerusform>Recalculated %n lines at the purchase figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="375"/>
        <source>Unbinding %n line(s)…</source>
        <translation>
            <numerusform>Unbinding %n line…</numerusform>
            <numerusform>Unbinding %n lines…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/quit.py" line="124"/>
        <source>Orders being sent or without a clear answer yet: %n. If no answer comes before the window closes, they are left for the reconciler, which looks them up before anything is sent again. Nothing is bought twice.</source>
        <translation>
            <numerusform>Orders being sent or without a clear answer yet: %n. If no answer comes before the window closes, it is left for the reconciler, which looks it up before anything is sent again. Nothing is bought twice.</numerusform>
            <numerusform>Orders being sent or without a clear answer yet: %n. If no answer comes before the window closes, they are left for the reconciler, which looks them up before anything is sent again. Nothing is bought twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/quit.py" line="98"/>
        <source>This workstation is still running %n activity(ies).</source>
        <translation>
            <numerusform>This workstation is still running %n activity.</numerusform>
            <numerusform>This workstation is still running %n activities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="205"/>
        <source>%n greyed line(s) are not counted.</source>
        <translation>
            <numerusform>%n greyed line is not counted.</numerusform>
            <numerusform>%n greyed lines are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="294"/>
        <source>%n greyed line(s) not counted: cancelled or not bought yet (see Status).</source>
        <translation>
            <numerusform>%n greyed line not counted: cancelled or not bought yet (see Status).</numerusform>
            <numerusform>%n greyed lines not counted: cancelled or not bought yet (see Status).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="248"/>
        <source>Back to {0} (%n unit(s))</source>
        <translation>
            <numerusform>Back to {0} (%n unit)</numerusform>
            <numerusform>Back to {0} (%n units)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="251"/>
        <source>Counted but not confirmed — kept, not lost. Go back and confirm:</source>
        <translation>
            <numerusform>Counted but not confirmed — kept, not lost. Go back and confirm:</numerusform>
            <numerusform>Counted but not confirmed — kept, not lost. Go back and confirm:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="308"/>
        <source>Nothing was counted on this parcel. Record that none of the items of its %n line(s) arrived (a shortage on each)?</source>
        <translation>
            <numerusform>Nothing was counted on this parcel. Record that none of the items of its %n line arrived (a shortage on it)?</numerusform>
            <numerusform>Nothing was counted on this parcel. Record that none of the items of its %n lines arrived (a shortage on each)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="202"/>
        <source>{0} {1}: %n line(s) in {2} order(s). Count what arrived.</source>
        <translation>
            <numerusform>{0} {1}: %n line in {2} order(s). Count what arrived.</numerusform>
            <numerusform>{0} {1}: %n lines in {2} order(s). Count what arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="406"/>
        <source>{0}: %n line(s) cannot be received now ({1}). Say what is in the parcel.</source>
        <translation>
            <numerusform>{0}: %n line cannot be received now ({1}). Say what is in the parcel.</numerusform>
            <numerusform>{0}: %n lines cannot be received now ({1}). Say what is in the parcel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScannerTestPage</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="239"/>
        <source>Typing: %n key(s) passed to the field</source>
        <translation>
            <numerusform>Typing: %n key passed to the field</numerusform>
            <numerusform>Typing: %n keys passed to the field</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnmatchedList</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="165"/>
        <source>%n parcel(s) matched to their order since they were scanned: </source>
        <translation>
            <numerusform>%n parcel matched to its order since it was scanned: </numerusform>
            <numerusform>%n parcels matched to their order since they were scanned: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="145"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="148"/>
        <source>%n parcel(s) waiting for their order line</source>
        <translation>
            <numerusform>%n parcel waiting for its order line</numerusform>
            <numerusform>%n parcels waiting for their order line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="146"/>
        <source>; %n matched, to be handled</source>
        <translation>
            <numerusform>; %n matched, to be handled</numerusform>
            <numerusform>; %n matched, to be handled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarehousePane</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="329"/>
        <source>%n waiting parcel(s) matched after synchronisation — see “Unmatched parcels”</source>
        <translation>
            <numerusform>%n waiting parcel matched after synchronisation — see “Unmatched parcels”</numerusform>
            <numerusform>%n waiting parcels matched after synchronisation — see “Unmatched parcels”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="203"/>
        <source>Already received — {0} {1} (%n line(s))</source>
        <translation>
            <numerusform>Already received — {0} {1} (%n line)</numerusform>
            <numerusform>Already received — {0} {1} (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="200"/>
        <source>Found — {0} {1}: %n line(s) in {2} order(s)</source>
        <translation>
            <numerusform>Found — {0} {1}: %n line in {2} order(s)</numerusform>
            <numerusform>Found — {0} {1}: %n lines in {2} order(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="271"/>
        <source>Received %n line(s), {0} unit(s), for {1}</source>
        <translation>
            <numerusform>Received %n line, {0} unit(s), for {1}</numerusform>
            <numerusform>Received %n lines, {0} unit(s), for {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorklistPane</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="342"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="405"/>
        <source>%n selected line(s) not ready for purchase were left out.</source>
        <translation>
            <numerusform>%n selected line not ready for purchase was left out.</numerusform>
            <numerusform>%n selected lines not ready for purchase were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="346"/>
        <source>, {0} ready for purchase in %n order(s)</source>
        <translation>
            <numerusform>, {0} ready for purchase in %n order</numerusform>
            <numerusform>, {0} ready for purchase in %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="402"/>
        <source>Booking %n line(s)</source>
        <translation>
            <numerusform>Booking %n line</numerusform>
            <numerusform>Booking %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="150"/>
        <source>In status over %n day(s)</source>
        <translation>
            <numerusform>In status over %n day</numerusform>
            <numerusform>In status over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="403"/>
        <source>in %n order(s)</source>
        <translation>
            <numerusform>in %n order</numerusform>
            <numerusform>in %n orders</numerusform>
        </translation>
    </message>
</context>
</TS>
