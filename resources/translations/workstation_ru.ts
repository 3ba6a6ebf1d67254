<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>?QMessageBox</name>
    <message>
        <source>Warehouse workstation</source>
        <translation type="vanished">Складское рабочее место</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="95"/>
        <source>Choose the account…</source>
        <translation>Выберите аккаунт…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="120"/>
        <source>Last synchronised: {0} {1}</source>
        <translation>Последняя синхронизация: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="95"/>
        <source>No session</source>
        <translation>Нет сессии</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="111"/>
        <source>The marketplace account that books, binds and synchronises</source>
        <translation>Аккаунт площадки, который выкупает, привязывает и синхронизирует</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="115"/>
        <source>expired: log in again</source>
        <translation>истекла: войдите снова</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="114"/>
        <source>expires within the hour</source>
        <translation>истекает в течение часа</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="114"/>
        <source>logged in</source>
        <translation>вход выполнен</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="119"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
</context>
<context>
    <name>AccountsEditor</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="122"/>
        <source>Account nickname, not a phone number</source>
        <translation>Ник аккаунта, а не номер телефона</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="123"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="124"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="84"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="81"/>
        <source>%n order(s) of unknown outcome being checked</source>
        <translation>
            <numerusform>проверяется %n заказ с неизвестным исходом</numerusform>
            <numerusform>проверяются %n заказа с неизвестным исходом</numerusform>
            <numerusform>проверяются %n заказов с неизвестным исходом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="93"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <location filename="../../workstation/ui/panes/activities/results.py" line="92"/>
        <source>Aborted</source>
        <translation>Прервано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="50"/>
        <source>Binding</source>
        <translation>Привязка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="50"/>
        <source>Booking</source>
        <translation>Выкуп</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="90"/>
        <source>Bought nothing</source>
        <translation>Ничего не выкуплено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="93"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="86"/>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="171"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <source>Finished with errors</source>
        <translation>Завершено с ошибками</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="86"/>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="171"/>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="55"/>
        <source>Interrupted (station {})</source>
        <translation>Прервано (рабочее место {})</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="112"/>
        <source>Last problem: {}</source>
        <translation>Последняя проблема: {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="106"/>
        <source>Marketplace total: ¥{}</source>
        <translation>Итого на площадке: ¥{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="108"/>
        <source>Orders sent without a clear answer are looked up by the reconciler; their lines stay reserved until then.</source>
        <translation>Заказы, отправленные без ясного ответа, проверяет сверка; до тех пор их строки зарезервированы.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="86"/>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="171"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="77"/>
        <source>Resumes at the next start</source>
        <translation>Продолжится при следующем запуске</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="50"/>
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="50"/>
        <source>Unbinding</source>
        <translation>Отвязка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <source>Waiting for you</source>
        <translation>Ждёт вас</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="80"/>
        <source>Waiting for your answer</source>
        <translation>Ждёт вашего ответа</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="86"/>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="171"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="102"/>
        <source>Workstation {} stopped while it was running (its lease ran out or its process is gone). The next start of a workstation resumes it; what it already bought stays bought and nothing is bought twice.</source>
        <translation>Рабочее место {} остановилось во время выполнения (истекла аренда или пропал процесс). Следующий запуск рабочего места продолжит операцию; уже выкупленное останется выкупленным, ничего не будет выкуплено дважды.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="90"/>
        <source>aborted</source>
        <translation>прервано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="62"/>
        <source>bought %n line(s)</source>
        <translation>
            <numerusform>выкуплена %n строка</numerusform>
            <numerusform>выкуплены %n строки</numerusform>
            <numerusform>выкуплено %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="70"/>
        <source>bought %n so far</source>
        <translation>
            <numerusform>пока выкуплено %n</numerusform>
            <numerusform>пока выкуплено %n</numerusform>
            <numerusform>пока выкуплено %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="61"/>
        <source>bought nothing</source>
        <translation>ничего не выкуплено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="62"/>
        <source>in %n order(s)</source>
        <translation>
            <numerusform>в %n заказе</numerusform>
            <numerusform>в %n заказах</numerusform>
            <numerusform>в %n заказах</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="88"/>
        <source>then aborted</source>
        <translation>затем прервано</translation>
    </message>
</context>
<context>
    <name>ActivitiesPane</name>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="72"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="60"/>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="56"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="65"/>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="66"/>
        <source>Answer waiting questions</source>
        <translation>Ответить на вопросы</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="58"/>
        <source>Binding</source>
        <translation>Привязка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="58"/>
        <source>Booking</source>
        <translation>Выкуп</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="176"/>
        <source>Could not read the activities: {}</source>
        <translation>Не удалось прочитать операции: {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="65"/>
        <source>Ended</source>
        <translation>Завершённые</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="65"/>
        <source>Ended with problems</source>
        <translation>Завершённые с проблемами</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="72"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="85"/>
        <source>No activities yet. Bookings, synchronisations, bindings and unbindings appear here while they run and after they end.</source>
        <translation>Операций пока нет. Выкупы, синхронизации, привязки и отвязки появляются здесь во время выполнения и после завершения.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="65"/>
        <source>Running or waiting</source>
        <translation>Выполняются или ждут</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="73"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="58"/>
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="58"/>
        <source>Unbinding</source>
        <translation>Отвязка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="65"/>
        <source>Waiting for you</source>
        <translation>Ждёт вас</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="68"/>
        <source>Work through every waiting question (F9)</source>
        <translation>Пройти все ожидающие вопросы (F9)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="164"/>
        <source>{} waiting for you</source>
        <translation>ждут вас: {}</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="135"/>
        <source>Activity</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="238"/>
        <source>Activity: {}</source>
        <translation>Операция: {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="305"/>
        <source>Cancel activity</source>
        <translation>Отменить операцию</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="183"/>
        <source>Cancel activity...</source>
        <translation>Отменить операцию...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="186"/>
        <source>Close (it keeps running)</source>
        <translation>Закрыть (операция продолжится)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="242"/>
        <source>Found order lines: {}</source>
        <translation>Найдены строки заказов: {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="243"/>
        <source>Found provider orders: {}</source>
        <translation>Найдены заказы площадки: {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="269"/>
        <source>Result: {}</source>
        <translation>Результат: {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="266"/>
        <source>State: {}</source>
        <translation>Состояние: {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="306"/>
        <source>Stop this activity? What it already did stays done; lines not yet booked stay as they are.</source>
        <translation>Остановить эту операцию? Уже сделанное останется; ещё не выкупленные строки останутся как есть.</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/add_account.py" line="51"/>
        <source>Log in another {0} account</source>
        <translation>Войти в другой аккаунт {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/add_account.py" line="53"/>
        <source>Open an order first: accounts are per marketplace</source>
        <translation>Сначала откройте заказ: аккаунты зависят от площадки</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Alarm resolved</source>
        <translation>Сигнал снят</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Badge issued</source>
        <translation>Выдан бейдж</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Badge revoked</source>
        <translation>Бейдж отозван</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Booked on the marketplace</source>
        <translation>Заказано на площадке</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Bought above the price rule</source>
        <translation>Выкуплено дороже правила</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Bound to a marketplace order</source>
        <translation>Привязано к заказу площадки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Change for OT Box discarded by a person</source>
        <translation>Изменение для OT Box отменено сотрудником</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Change for OT Box sent again by a person</source>
        <translation>Изменение для OT Box отправлено повторно сотрудником</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Configuration changed</source>
        <translation>Конфигурация изменена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Connected to an OT Box instance</source>
        <translation>Подключение к инстансу OT Box</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Customer price recalculated</source>
        <translation>Цена клиента пересчитана</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Default warehouse address</source>
        <translation>Адрес склада по умолчанию</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Disconnected from the OT Box instance</source>
        <translation>Отключение от инстанса OT Box</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Line cancelled</source>
        <translation>Строка отменена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Line changed by an operator (OT API)</source>
        <translation>Строка изменена оператором (OT API)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Order given up by a person</source>
        <translation>Заказ отменён человеком</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Order not created (absent)</source>
        <translation>Заказ не создан (отсутствует)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Order totals after a line was changed</source>
        <translation>Итоги заказа после изменения строки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Order totals after recalculation</source>
        <translation>Итоги заказа после пересчёта</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Person added</source>
        <translation>Сотрудник добавлен</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Person changed</source>
        <translation>Данные сотрудника изменены</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Person disabled</source>
        <translation>Сотрудник отключён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Person enabled again</source>
        <translation>Сотрудник снова включён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Price confirmed by a person</source>
        <translation>Цена подтверждена человеком</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Purchase delivery shared again (a line bound to the same order)</source>
        <translation>Закупочная доставка распределена заново (строка привязана к тому же заказу)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Purchase information set by an operator (OT API)</source>
        <translation>Закупочные данные заданы оператором (OT API)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Purchase price from sync</source>
        <translation>Закупочная цена из синхронизации</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Received at the warehouse</source>
        <translation>Получено на складе</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>SKU id</source>
        <translation>SKU id</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Secret setting changed</source>
        <translation>Секретная настройка изменена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Setting changed</source>
        <translation>Настройка изменена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Unbound from its marketplace order</source>
        <translation>Отвязано от заказа площадки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Unsent parcel for OT Box follows an edit</source>
        <translation>Неотправленная посылка для OT Box изменена вслед за правкой</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Warehouse address added</source>
        <translation>Адрес склада добавлен</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Warehouse address changed</source>
        <translation>Адрес склада изменён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Warehouse address deleted</source>
        <translation>Адрес склада удалён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>account</source>
        <translation>аккаунт</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>configuration</source>
        <translation>конфигурация</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>configuration id</source>
        <translation>id конфигурации</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>confirmed price</source>
        <translation>подтверждённая цена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>customer delivery</source>
        <translation>доставка клиента</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>customer owes (negative: is owed)</source>
        <translation>клиент должен (минус: должны ему)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>customer price</source>
        <translation>цена клиента</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>delivery</source>
        <translation>доставка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>difference for the line</source>
        <translation>разница по строке</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>difference per unit</source>
        <translation>разница за единицу</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>goods</source>
        <translation>товары</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>marketplace order</source>
        <translation>заказ площадки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>our reference</source>
        <translation>наша ссылка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>paid</source>
        <translation>оплачено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>price accepted to buy</source>
        <translation>цена, принятая к выкупу</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>price on offer</source>
        <translation>цена в продаже</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>purchase delivery</source>
        <translation>закупочная доставка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>purchase price</source>
        <translation>закупочная цена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>status on the marketplace</source>
        <translation>статус на площадке</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>30d</source>
        <translation>30 д</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>7d</source>
        <translation>7 д</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="86"/>
        <source>Audit</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="203"/>
        <source>Audit of every order and setting</source>
        <translation>Журнал изменений всех заказов и настроек</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="201"/>
        <source>Audit of order {0}</source>
        <translation>Журнал изменений заказа {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="198"/>
        <source>Audit of {0}, line(s) chosen: {1}</source>
        <translation>Журнал изменений {0}, выбранные строки: {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="271"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="136"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="294"/>
        <source>Could not export: {}</source>
        <translation>Не удалось экспортировать: {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="223"/>
        <source>Could not read the audit: {}</source>
        <translation>Не удалось прочитать журнал изменений: {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="99"/>
        <source>Every change</source>
        <translation>Все изменения</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="100"/>
        <source>Every line change</source>
        <translation>Все изменения строк</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="134"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="271"/>
        <source>Export the audit</source>
        <translation>Экспорт журнала изменений</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="280"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="250"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="205"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="216"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="250"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="217"/>
        <source>Nothing recorded for this choice.</source>
        <translation>Для этого варианта ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="250"/>
        <source>Old</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="96"/>
        <source>Order (all when empty)</source>
        <translation>Заказ (пусто — все)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="93"/>
        <source>Show all orders</source>
        <translation>Показать все заказы</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="107"/>
        <source>User or station</source>
        <translation>Пользователь или рабочее место</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="199"/>
        <source>the chosen lines</source>
        <translation>выбранные строки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="215"/>
        <source>{0} change(s)</source>
        <translation>Изменений: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="289"/>
        <source>{0} change(s) exported to {1}</source>
        <translation>Изменений экспортировано: {0} в {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="214"/>
        <source>{0} of {1} change(s)</source>
        <translation>Изменений: {0} из {1}</translation>
    </message>
</context>
<context>
    <name>BackgroundSyncTimer</name>
    <message>
        <location filename="../../workstation/runner/background.py" line="90"/>
        <source>Synchronisation could not start: %1</source>
        <translation>Не удалось начать синхронизацию: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="83"/>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>BindDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="63"/>
        <source>&amp;Account:</source>
        <translation>&amp;Аккаунт:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="76"/>
        <source>&amp;Bind</source>
        <translation>&amp;Привязать</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="45"/>
        <source>Bind with {0} order — {1}</source>
        <translation>Привязать к заказу {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="128"/>
        <source>Binding could not start: {0}</source>
        <translation>Не удалось начать привязку: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="47"/>
        <source>Every item of the marketplace order that matches a line of {0} is linked to it; you are asked about anything that does not match.</source>
        <translation>Каждый товар заказа площадки, совпадающий со строкой {0}, привязывается к ней; о несовпадениях будет задан вопрос.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="71"/>
        <source>No session for {0}: log an account in (Settings → Sessions).</source>
        <translation>Нет сессии для {0}: войдите в аккаунт (Настройки → Сессии).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="106"/>
        <source>Type the marketplace order number (digits only).</source>
        <translation>Введите номер заказа площадки (только цифры).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="51"/>
        <source>e.g. 231000000015000045</source>
        <translation>напр. 231000000015000045</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="57"/>
        <source>expired: log in again</source>
        <translation>истекла: войдите снова</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="56"/>
        <source>expires within the hour</source>
        <translation>истекает в течение часа</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="56"/>
        <source>logged in</source>
        <translation>вход выполнен</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="62"/>
        <source>{0} &amp;order number:</source>
        <translation>&amp;Номер заказа {0}:</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Abort binding</source>
        <translation>Прервать привязку</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Abort booking</source>
        <translation>Прервать выкуп</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Bind anyway</source>
        <translation>Всё равно привязать</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Buy it again</source>
        <translation>Выкупить снова</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Cancel this product</source>
        <translation>Отменить этот товар</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Confirm at the new price</source>
        <translation>Подтвердить по новой цене</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>I checked on the marketplace: no order was created</source>
        <translation>Я проверил на площадке: заказ не создан</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Keep checking in the background</source>
        <translation>Проверять в фоне дальше</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Keep it bound</source>
        <translation>Оставить привязанными</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Skip this product</source>
        <translation>Пропустить этот товар</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Unbind anyway</source>
        <translation>Всё равно отвязать</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="61"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="43"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="107"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="71"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="74"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="64"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="119"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="97"/>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="73"/>
        <location filename="../../workstation/ui/statusbar.py" line="75"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="50"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="59"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="49"/>
        <source>Badges</source>
        <translation>Бейджи</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="77"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="123"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="143"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="54"/>
        <source>Clerk</source>
        <translation>Кладовщик</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="116"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="141"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="50"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="46"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="110"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="85"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="74"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="77"/>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="16"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="17"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="63"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="112"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="87"/>
        <source>Customer price</source>
        <translation>Цена клиента</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="51"/>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="23"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="67"/>
        <source>Delivery after</source>
        <translation>Доставка после</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="66"/>
        <source>Delivery now</source>
        <translation>Доставка сейчас</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="65"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="124"/>
        <source>Detail</source>
        <translation>Подробно</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="39"/>
        <location filename="../../workstation/ui/statusbar.py" line="79"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="173"/>
        <source>Detector</source>
        <translation>Детектор</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="79"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="77"/>
        <source>Expected</source>
        <translation>Ожид.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="76"/>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="121"/>
        <source>External line id</source>
        <translation>Внешний id строки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="97"/>
        <source>Formed</source>
        <translation>Сформирована</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="167"/>
        <source>Gap (ms)</source>
        <translation>Интервал (мс)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="22"/>
        <source>Goods</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="95"/>
        <source>In status</source>
        <translation>В статусе</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="62"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="44"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="108"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="82"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="72"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="75"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="63"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="56"/>
        <source>Landline</source>
        <translation>Городской телефон</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="79"/>
        <location filename="../../workstation/ui/statusbar.py" line="77"/>
        <source>Last synchronisation</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="56"/>
        <location filename="../../workstation/ui/outbox.py" line="71"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="71"/>
        <source>Line status</source>
        <translation>Статус строки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="69"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="21"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="120"/>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="75"/>
        <source>Logged in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="45"/>
        <source>Login</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="68"/>
        <source>Made</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="56"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="120"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="98"/>
        <source>Marketplace order</source>
        <translation>Заказ на площадке</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="148"/>
        <source>Matched</source>
        <translation>Сопоставлено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="53"/>
        <source>Matched at</source>
        <translation>Сопоставлено в</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="74"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="53"/>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="46"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="78"/>
        <source>Next run</source>
        <translation>Следующий запуск</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="81"/>
        <source>Not packed</source>
        <translation>Не упаковано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="145"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="56"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="60"/>
        <source>Old → new</source>
        <translation>Было → стало</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="55"/>
        <location filename="../../workstation/ui/outbox.py" line="70"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="15"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="62"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="70"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="73"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="38"/>
        <source>Order / account</source>
        <translation>Заказ / аккаунт</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="80"/>
        <source>Order / customer</source>
        <translation>Заказ / клиент</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="89"/>
        <source>Order due</source>
        <translation>Доплата</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="118"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="91"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="72"/>
        <source>Pack</source>
        <translation>Упаковать</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="24"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="90"/>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="146"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="57"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="172"/>
        <source>Physical (US)</source>
        <translation>Физическая (US)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="162"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="58"/>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="65"/>
        <source>Price after</source>
        <translation>Цена после</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="64"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="49"/>
        <source>Price now</source>
        <translation>Цена сейчас</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="48"/>
        <source>Price paid</source>
        <translation>Оплач. цена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="71"/>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="70"/>
        <source>Prov. orders</source>
        <translation>Заказы пл.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="18"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="96"/>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="72"/>
        <location filename="../../workstation/ui/statusbar.py" line="74"/>
        <source>Provider</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="71"/>
        <source>Provider order status</source>
        <translation>Статус заказа площадки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="115"/>
        <source>Purch. delivery</source>
        <translation>Закуп. дост.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="53"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="114"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="91"/>
        <source>Purchase price</source>
        <translation>Закуп. цена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="169"/>
        <source>Qt key</source>
        <translation>Клавиша Qt</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="47"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="111"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="86"/>
        <source>Qty</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="74"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="78"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="80"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="52"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="67"/>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="80"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="47"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="170"/>
        <source>Scan code</source>
        <translation>Скан-код</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="140"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="49"/>
        <source>Scanned</source>
        <translation>Отсканировано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="58"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="123"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="92"/>
        <source>Seller</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="163"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="95"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="121"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="72"/>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="48"/>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="164"/>
        <location filename="../../workstation/ui/outbox.py" line="73"/>
        <location filename="../../workstation/ui/panes/activities/model.py" line="61"/>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="74"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="52"/>
        <location filename="../../workstation/ui/statusbar.py" line="76"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="54"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="122"/>
        <source>Station</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="19"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="54"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="117"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="93"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="75"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="78"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="168"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="74"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="52"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="112"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="166"/>
        <source>Time (ms)</source>
        <translation>Время (мс)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="93"/>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="74"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="96"/>
        <source>Units</source>
        <translation>Единицы</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="53"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="113"/>
        <source>Verdict</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="98"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="171"/>
        <source>Virtual key</source>
        <translation>Виртуальная клавиша</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="57"/>
        <source>Waybill</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="122"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="99"/>
        <source>Waybill (staff)</source>
        <translation>Трек (персонал)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="116"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="94"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/outbox.py" line="72"/>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="37"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="36"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="144"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="55"/>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
</context>
<context>
    <name>ComingPane</name>
    <message>
        <location filename="../../workstation/ui/panes/placeholder.py" line="44"/>
        <source>Activities</source>
        <translation>Операции</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/placeholder.py" line="32"/>
        <source>Here you will book paid order lines on Taobao Global and 1688.com: choose the buyer account and the warehouse address, select lines (ready for purchase, booked, purchased) and use &lt;i&gt;With selected&lt;/i&gt; to book, recalculate, bind a marketplace order or unbind. Price changes are confirmed in a dialog.&lt;br&gt;&lt;br&gt;Until then, the Orders pane shows every line with its status, marketplace order number and waybill.</source>
        <translation>Здесь вы будете выкупать оплаченные строки заказов на Taobao Global и 1688.com: выберите аккаунт покупателя и адрес склада, отметьте строки (готовые к выкупу, заказанные, выкупленные) и используйте &lt;i&gt;С выбранными&lt;/i&gt;, чтобы выкупить, пересчитать, привязать заказ площадки или отвязать. Изменения цен подтверждаются в диалоге.&lt;br&gt;&lt;br&gt;А пока панель «Заказы» показывает каждую строку со статусом, номером заказа площадки и трек-номером.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/placeholder.py" line="45"/>
        <source>Here you will follow long operations (booking, synchronisation, binding and unbinding) while they run, answer their questions, and see what they did. They keep going when this window is closed and resume after a restart.</source>
        <translation>Здесь вы будете следить за долгими операциями (выкуп, синхронизация, привязка и отвязка), отвечать на их вопросы и видеть результат. Они продолжаются при закрытом окне и возобновляются после перезапуска.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/placeholder.py" line="31"/>
        <source>Purchase</source>
        <translation>Выкуп</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="83"/>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="88"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="204"/>
        <source>A secret is stored</source>
        <translation>Секрет сохранён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="97"/>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="103"/>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="104"/>
        <source>Authorize URL</source>
        <translation>URL авторизации</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="267"/>
        <source>Calling %1…</source>
        <translation>Вызов %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="96"/>
        <source>Gateway base URL</source>
        <translation>Базовый URL шлюза</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="64"/>
        <source>Live</source>
        <translation>Боевой</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="94"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="202"/>
        <source>New, saved with Save</source>
        <translation>Новое, сохраняется кнопкой «Сохранить»</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="191"/>
        <source>No secret yet</source>
        <translation>Секрета ещё нет</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="205"/>
        <source>Not stored</source>
        <translation>Не сохранён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="112"/>
        <source>One harmless signed call to the gateway with the values on this page (nothing is saved or bought)</source>
        <translation>Один безвредный подписанный запрос к шлюзу со значениями этой страницы (ничего не сохраняется и не покупается)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="230"/>
        <source>Orders are placed on the real %1 with this application's key: real money.</source>
        <translation>Заказы оформляются на настоящем %1 с ключом этого приложения: реальные деньги.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="91"/>
        <source>Put the real platform's addresses, pacing and timeout back</source>
        <translation>Вернуть адреса, темп и таймаут настоящей платформы</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="90"/>
        <source>Real gateway's defaults</source>
        <translation>Значения настоящего шлюза</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="105"/>
        <source>Redirect URI</source>
        <translation>Redirect URI</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="106"/>
        <source>Request pacing</source>
        <translation>Темп запросов</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="64"/>
        <source>Sandbox (demo)</source>
        <translation>Песочница (демо)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Setting to fix: %1</source>
        <translation>Что исправить: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="111"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="291"/>
        <source>Test connection found the problem here</source>
        <translation>Проверка подключения нашла проблему здесь</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="266"/>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="231"/>
        <source>The embedded sandbox marketplace with demo data: nothing real is bought. The values below are kept for Live.</source>
        <translation>Встроенная тестовая площадка с демо-данными: ничего настоящего не покупается. Значения ниже сохраняются для боевого режима.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="108"/>
        <source>Timeout</source>
        <translation>Таймаут</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="190"/>
        <source>Type a new secret to replace it</source>
        <translation>Введите новый секрет, чтобы заменить его</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="107"/>
        <source>between two calls of one buyer account</source>
        <translation>между двумя запросами одного аккаунта покупателя</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="109"/>
        <source>per request</source>
        <translation>на запрос</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="269"/>
        <source>the sandbox</source>
        <translation>песочница</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="284"/>
        <source>✔ Connection works</source>
        <translation>✔ Подключение работает</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="284"/>
        <source>✖ Connection failed</source>
        <translation>✖ Подключение не удалось</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="301"/>
        <source>✖ The test could not run</source>
        <translation>✖ Проверку не удалось выполнить</translation>
    </message>
</context>
<context>
    <name>EngineMessages</name>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line} (marketplace order {external} still exists)</source>
        <translation>#{line} (заказ площадки {external} ещё существует)</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line} (order {reference} is {state})</source>
        <translation>#{line} (заказ {reference} в состоянии {state})</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line} cancelled.</source>
        <translation>#{line} отменена.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line} is already being booked elsewhere (another window or station); left alone here.</source>
        <translation>#{line} уже выкупается в другом месте (другое окно или рабочее место); здесь не трогаем.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line} skipped; it stays ready for purchase.</source>
        <translation>#{line} пропущена; она остаётся готовой к выкупу.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line} was bought above the rule: {paid:money} in marketplace order {external}, above {limit}; the customer price is {customer:money}.</source>
        <translation>#{line} выкуплена дороже правила: {paid:money} в заказе площадки {external}, выше чем {limit}; клиент оплатил {customer:money}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line}: booked again although order {previous} lives on, as asked.</source>
        <translation>#{line}: выкуплена снова, хотя заказ {previous} ещё существует, как было решено.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line}: booked {booked}, ordered {ordered}</source>
        <translation>#{line}: выкуплено {booked}, заказано {ordered}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line}: configuration changed to {config}, as chosen.</source>
        <translation>#{line}: комплектация изменена на {config}, как выбрано.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line}: not found in marketplace order {external}</source>
        <translation>#{line}: не найдена в заказе площадки {external}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line}: the configuration chosen is no longer on offer; the line stays ready for purchase.</source>
        <translation>#{line}: выбранной комплектации больше нет в продаже; строка остаётся готовой к выкупу.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Aborted by the restore of {backup}: it was open in the backup; start it again if needed.</source>
        <translation>Прервано восстановлением из {backup}: в резервной копии оно было открыто; при необходимости запустите его заново.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Aborted: {reason}</source>
        <translation>Прервано: {reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Account {account} has no marketplace order {external}.</source>
        <translation>У аккаунта {account} нет заказа площадки {external}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Binding {external} to {order}</source>
        <translation>Привязка {external} к {order}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Booked marketplace order {order} ({items} item(s), {total:money}).</source>
        <translation>Выкуплен заказ площадки {order} (позиций: {items}, {total:money}).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Booking stopped; the remaining lines stay ready for purchase.</source>
        <translation>Выкуп остановлен; остальные строки остаются готовыми к выкупу.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Booking {order}</source>
        <translation>Выкуп {order}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Bound {lines} line(s) of {order} to marketplace order {external}.</source>
        <translation>Привязано строк: {lines} ({order}) к заказу площадки {external}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Cancelled by the operator.</source>
        <translation>Отменено оператором.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Cancelled by the operator; its process had stopped.</source>
        <translation>Отменено оператором; его процесс уже остановился.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Marketplace order {external} carries our reference {reference}: linked to the lines it was booked for.</source>
        <translation>Заказ площадки {external} несёт нашу ссылку {reference}: привязан к строкам, для которых он выкупался.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Marketplace order {external} could not be read: {error}</source>
        <translation>Заказ площадки {external} не удалось прочитать: {error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Marketplace order {external} is already bound to {orders}.</source>
        <translation>Заказ площадки {external} уже привязан к {orders}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Marketplace order {order} carries the reference {reference}, which no booking here made: possibly a duplicate purchase from another workstation or an older database. Check it on the marketplace.</source>
        <translation>Заказ площадки {order} несёт ссылку {reference}, которую не создавал ни один выкуп здесь: возможно, это повторная покупка с другого рабочего места или из старой базы данных. Проверьте его на площадке.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>No bound lines of {order} to unbind.</source>
        <translation>У {order} нет привязанных строк для отвязки.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>No line is left to book: they were booked by another booking meanwhile, or are no longer ready for purchase.</source>
        <translation>Выкупать нечего: строки уже выкуплены другим выкупом или больше не готовы к выкупу.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>No line of {order} matches marketplace order {external}; nothing was bound.</source>
        <translation>Ни одна строка {order} не совпадает с заказом площадки {external}; ничего не привязано.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Not unbound: {lines}. Wait for the booking to settle; a line whose marketplace order still exists is unbound only when asked explicitly (--force).</source>
        <translation>Не отвязано: {lines}. Дождитесь завершения выкупа; строка, чей заказ на площадке ещё существует, отвязывается только по явному требованию (--force).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>OT Box does not unbind these lines: {reason} Unbinding leaves the marketplace order there, and booking the lines again buys them a second time.</source>
        <translation>OT Box не отвязывает эти строки: {reason} Отвязка оставляет заказ на площадке, и повторный выкуп строк купит их второй раз.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order for seller {seller} was not booked: {why}</source>
        <translation>Заказ у продавца {seller} не выкуплен: {why}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {order} is {status} on the marketplace: line(s) {lines} cancelled (see the notifications).</source>
        <translation>Заказ {order} на площадке в статусе {status}: отменены строки {lines} (см. уведомления).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {order} was booked but could not be read back: {error}</source>
        <translation>Заказ {order} выкуплен, но прочитать его обратно не удалось: {error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {order}: {changed} of {lines} line(s) updated ({status}).</source>
        <translation>Заказ {order}: обновлено строк {changed} из {lines} ({status}).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {order}: {error}</source>
        <translation>Заказ {order}: {error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {reference} for seller {seller} was not created: the marketplace did not show it after {checks} look-ups; its lines are ready for purchase again.</source>
        <translation>Заказ {reference} у продавца {seller} не создан: площадка не показала его после {checks} поисков; его строки снова готовы к выкупу.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {reference} found on the marketplace ({by}): {order}, {lines} line(s) linked, {total:money}.</source>
        <translation>Заказ {reference} найден на площадке ({by}): {order}, привязано строк: {lines}, {total:money}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {reference}: not found yet.</source>
        <translation>Заказ {reference}: пока не найден.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {reference}: not on the marketplace yet (look-up {checks}); its lines stay reserved. Next look-up at {next_at}.</source>
        <translation>Заказ {reference}: на площадке пока нет (поиск {checks}); его строки остаются зарезервированными. Следующий поиск в {next_at}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {reference}: outcome still unknown; the look-up failed ({error}). Its lines stay reserved; the workstation looks again by itself.</source>
        <translation>Заказ {reference}: результат по-прежнему неизвестен; поиск не удался ({error}). Его строки остаются зарезервированными; рабочее место повторит поиск само.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {reference}: {who} checked on the marketplace that no order was created; {lines} line(s) are ready for purchase again.</source>
        <translation>Заказ {reference}: {who} проверил(а) на площадке, что заказ не создан; строк снова готово к выкупу: {lines}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Possible duplicate purchase: marketplace order {external} carries our reference {reference} for {order} #{line}, but {where}. Check both orders on the marketplace and cancel the one not needed.</source>
        <translation>Возможна повторная покупка: заказ площадки {external} несёт нашу ссылку {reference} для {order} #{line}, но {where}. Проверьте оба заказа на площадке и отмените лишний.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Possible duplicate purchase: marketplace orders {first} and {second} both carry our reference {reference}. Check both and cancel the one not needed.</source>
        <translation>Возможна повторная покупка: заказы площадки {first} и {second} оба несут нашу ссылку {reference}. Проверьте оба и отмените лишний.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Resuming: looking up order {reference} before anything is sent again.</source>
        <translation>Продолжение: сначала ищем заказ {reference}, прежде чем что-либо отправлять снова.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Status {status!r} of order {order} is not in the status mapping; its lines were left as they are.</source>
        <translation>Статуса {status!r} заказа {order} нет в соответствии статусов; его строки оставлены как есть.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Stopped because the workstation was closing; it resumes at the next start.</source>
        <translation>Остановлено, потому что рабочее место закрывалось; продолжится при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Synchronising {account}</source>
        <translation>Синхронизация {account}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>The marketplace did not answer clearly ({why}); looking the order up by {reference}.</source>
        <translation>Площадка не ответила однозначно ({why}); ищем заказ по {reference}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>The marketplace did not answer clearly and does not show order {reference} yet. Its {lines} line(s) stay reserved while the workstation keeps looking it up; still missing after {minutes} min, they become ready for purchase again. If the order is on the marketplace, bind it to {order} to link it.</source>
        <translation>Площадка не ответила однозначно и пока не показывает заказ {reference}. Строк в нём: {lines}; они остаются зарезервированными, пока рабочее место продолжает его искать; если заказ не найдётся за {minutes} мин, они снова станут готовыми к выкупу. Если заказ есть на площадке, привяжите его к {order}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>The session of {account} on {provider} has expired; log in again. ({error})</source>
        <translation>Сессия {account} на {provider} истекла; войдите снова. ({error})</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Unbinding lines of {order}</source>
        <translation>Отвязка строк {order}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Unbound {count} line(s): {lines}</source>
        <translation>Отвязано строк: {count}: {lines}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>aborted by the operator</source>
        <translation>прервано оператором</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>booking limit reached: {error}</source>
        <translation>достигнут лимит выкупа: {error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>cancelled by the operator</source>
        <translation>отменено оператором</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>it could not be read: {error}</source>
        <translation>его не удалось прочитать: {error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>it is also in marketplace order {external}</source>
        <translation>она также есть в заказе площадки {external}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>it is {status} now</source>
        <translation>сейчас она в статусе «{status}»</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>kept bound: the marketplace order still exists</source>
        <translation>оставлены привязанными: заказ на площадке ещё существует</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>marketplace order {external} holds an extra item {item}</source>
        <translation>в заказе площадки {external} лишняя позиция {item}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>not sent: {error}</source>
        <translation>не отправлен: {error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>session expired</source>
        <translation>сессия истекла</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>status {status}</source>
        <translation>статус {status}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>the confirmed {price:money}</source>
        <translation>подтверждённая {price:money}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>the rule ({threshold}% over {price:money})</source>
        <translation>правило ({threshold}% сверх {price:money})</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>unreadable answer: {error}</source>
        <translation>ответ не читается: {error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{account} ({provider}): the session cannot be renewed and ends {ends} UTC; log in again ({reason}).</source>
        <translation>{account} ({provider}): сессию нельзя продлить, она закончится {ends} UTC; войдите снова ({reason}).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{count} waiting parcel(s) matched: {parcels}</source>
        <translation>Сопоставлено ожидавших посылок: {count}: {parcels}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{orders} order(s) read, {ours} ours, {changed} line(s) changed</source>
        <translation>Прочитано заказов: {orders}, наших: {ours}, изменено строк: {changed}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{order} #{line} was cancelled: marketplace order {external} is {status} there (closed unpaid, or cancelled by the seller or the buyer). Check it on the marketplace and tell the customer.</source>
        <translation>{order} #{line} отменена: заказ площадки {external} там в статусе {status} (закрыт без оплаты или отменён продавцом либо покупателем). Проверьте его на площадке и сообщите клиенту.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{order} #{line}: the marketplace raised the purchase price from {old:money} to {new:money} in marketplace order {external}, above {limit}; the customer price is {customer:money}. Check it with the seller or the customer.</source>
        <translation>{order} #{line}: площадка подняла закупочную цену с {old:money} до {new:money} в заказе площадки {external}, выше чем {limit}; цена клиента {customer:money}. Уточните у продавца или клиента.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{sign}{difference:money}</source>
        <translation>{sign}{difference:money}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{sign}{difference:money}, {sign}{percent}%</source>
        <translation>{sign}{difference:money}, {sign}{percent}%</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what} matches no line of {order}.</source>
        <translation>{what} не совпадает ни с одной строкой {order}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what} was unbound from marketplace order {previous}, which is not cancelled there ({state}). Booking it again buys it a second time.</source>
        <translation>{what} отвязана от заказа площадки {previous}, который там не отменён ({state}). Повторный выкуп купит товар второй раз.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: a Tmall promotion, and those are not allowed.</source>
        <translation>{what}: акция Tmall, а они не разрешены.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: line #{line} has quantity {qty}.</source>
        <translation>{what}: у строки #{line} количество {qty}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: new price {price:money} confirmed.</source>
        <translation>{what}: новая цена {price:money} подтверждена.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: only {stock} in stock, {needed} needed.</source>
        <translation>{what}: в наличии только {stock}, нужно {needed}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: price {price:money} confirmed automatically (customer price {paid:money}, {change}; threshold {threshold}%).</source>
        <translation>{what}: цена {price:money} подтверждена автоматически (оплачено {paid:money}, {change}; порог {threshold}%).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: the item is no longer available.</source>
        <translation>{what}: товар больше недоступен.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: the price is now {price:money} (customer price {paid:money}, {change}).</source>
        <translation>{what}: цена теперь {price:money} (оплачено {paid:money}, {change}).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: this configuration no longer exists.</source>
        <translation>{what}: такой комплектации больше нет.</translation>
    </message>
</context>
<context>
    <name>IntegrationSection</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="202"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>A secret is set</source>
        <translation type="vanished">Секрет задан</translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="vanished">API-ключ</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="vanished">API-секрет</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="223"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="204"/>
        <source>Allow</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="199"/>
        <source>Allowed</source>
        <translation>Разрешено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="209"/>
        <source>Background synchronisation</source>
        <translation>Фоновая синхронизация</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="211"/>
        <source>Check order after export</source>
        <translation>Проверять заказ после экспорта</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="204"/>
        <source>Disallow</source>
        <translation>Запретить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="199"/>
        <source>Disallowed</source>
        <translation>Запрещено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="220"/>
        <source>Goods with Tmall promotions</source>
        <translation>Товары с акциями Tmall</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="224"/>
        <source>Integration type</source>
        <translation>Тип интеграции</translation>
    </message>
    <message>
        <source>No secret yet</source>
        <translation type="vanished">Секрета ещё нет</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="vanished">Не задано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="203"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="203"/>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="213"/>
        <source>Re-reads each booked order, checks it holds exactly the booked items and takes the purchase price from it.</source>
        <translation>Перечитывает каждый оформленный заказ, проверяет, что в нём ровно заказанные товары, и берёт из него закупочную цену.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="210"/>
        <source>Synchronise every</source>
        <translation>Синхронизировать каждые</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="225"/>
        <source>The app key and secret are on the Connection page, where Test connection checks them.</source>
        <translation>Ключ приложения и секрет задаются на странице «Подключение», где их проверяет «Проверить подключение».</translation>
    </message>
    <message>
        <source>The same app key and secret as on the Connection page, where Test connection checks them.</source>
        <translation type="vanished">Те же App key и secret, что на странице «Подключение», где их проверяет «Проверить подключение».</translation>
    </message>
    <message>
        <source>Type a new secret to replace it</source>
        <translation type="vanished">Введите новый секрет, чтобы заменить его</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="248"/>
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n скан</numerusform>
            <numerusform>%n скана</numerusform>
            <numerusform>%n сканов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="150"/>
        <source>Arrived but never confirmed</source>
        <translation>Прибыло, но не подтверждено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="148"/>
        <source>Code, order, station or clerk</source>
        <translation>Код, заказ, рабочее место или кладовщик</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="264"/>
        <source>Could not load the journal</source>
        <translation>Не удалось загрузить журнал</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="253"/>
        <source>Every parcel found in this period was received. Nothing is waiting on a shelf uncounted.</source>
        <translation>Все посылки этого периода приняты. На полке ничего не ждёт пересчёта.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="140"/>
        <source>Every source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="136"/>
        <source>Every verdict</source>
        <translation>Любой результат</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="251"/>
        <source>No scans</source>
        <translation>Нет сканов</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="258"/>
        <source>No scans in this period yet. Every scan, typed code and repeat is recorded here with its verdict.</source>
        <translation>За этот период сканов ещё нет. Здесь записывается каждый скан, введённый код и повтор с результатом.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="256"/>
        <source>No scans match these filters.</source>
        <translation>Нет сканов под эти фильтры.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="152"/>
        <source>Saved filter: found scans whose lines have not been received since (the parcel may be on a shelf uncounted)</source>
        <translation>Сохранённый фильтр: найденные сканы, строки которых с тех пор не приняты (посылка может лежать на полке непосчитанной)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="265"/>
        <source>The scan journal could not be read just now; it is tried again with the next scan. Details are in the log.</source>
        <translation>Журнал сканов сейчас недоступен; попытка повторится при следующем скане. Подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>KeepUnmatchedDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="213"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="120"/>
        <source>Keep as unmatched</source>
        <translation>Сохранить как неопознанную</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="92"/>
        <source>Keep {0} as an unmatched parcel</source>
        <translation>Сохранить {0} как неопознанную посылку</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="167"/>
        <source>Loading {0}…</source>
        <translation>Загрузка {0}…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="108"/>
        <source>No camera found</source>
        <translation>Камера не найдена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="111"/>
        <source>No camera is connected (or camera support cannot be loaded here); choose a photo from a file</source>
        <translation>Камера не подключена (или поддержка камер здесь недоступна); выберите фото из файла</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="103"/>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="154"/>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="129"/>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="113"/>
        <source>Photo from file…</source>
        <translation>Фото из файла…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="212"/>
        <source>Photo of the parcel</source>
        <translation>Фото посылки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="131"/>
        <source>Photo:</source>
        <translation>Фото:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="114"/>
        <source>Remove photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="108"/>
        <source>Take photo</source>
        <translation>Сделать фото</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="96"/>
        <source>The parcel goes to the unmatched shelf. Say what is in it or why it cannot be received; add a photo if you can.</source>
        <translation>Посылка отправится на полку неопознанных. Напишите, что в ней или почему её нельзя принять; по возможности добавьте фото.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="100"/>
        <source>e.g. line 2 was cancelled but the seller sent it; box dented; no waybill label</source>
        <translation>напр. строка 2 отменена, но продавец её прислал; коробка помята; нет этикетки с трек-номером</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="204"/>
        <source>{0} is not an image this program can read.</source>
        <translation>{0} — не изображение, которое может прочитать программа.</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="68"/>
        <source>Labels of the lines you receive appear here.</source>
        <translation>Здесь появятся этикетки принимаемых строк.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="176"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="57"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="59"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="175"/>
        <source>Save labels</source>
        <translation>Сохранить этикетки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="62"/>
        <source>Stock:</source>
        <translation>Этикетки:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="46"/>
        <source>{0} at {1} dpi</source>
        <translation>{0} при {1} dpi</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../workstation/scanner/labels.py" line="133"/>
        <location filename="../../workstation/scanner/labels.py" line="201"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/scanner/labels.py" line="202"/>
        <source>Orders:</source>
        <translation>Заказы:</translation>
    </message>
    <message>
        <location filename="../../workstation/scanner/labels.py" line="195"/>
        <source>Scan to sign in at a station</source>
        <translation>Отсканируйте, чтобы войти на рабочем месте</translation>
    </message>
    <message>
        <location filename="../../workstation/scanner/labels.py" line="200"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../workstation/i18n.py" line="136"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../workstation/i18n.py" line="154"/>
        <source>Language: %1. It applies at the next start of the workstation.</source>
        <translation>Язык: %1. Он будет применён при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../workstation/i18n.py" line="140"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../workstation/i18n.py" line="152"/>
        <source>the system language</source>
        <translation>язык системы</translation>
    </message>
</context>
<context>
    <name>LearnBox</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="47"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="48"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="114"/>
        <source>Could not learn: {0}. Try again.</source>
        <translation>Не удалось обучить: {0}. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="46"/>
        <source>Learn from my scanner</source>
        <translation>Обучить по моему сканеру</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="118"/>
        <source>Measured on {0}: keys up to {1:.0f} ms apart (the first ones up to {2:.0f} ms), pauses up to {3:.0f} ms, Enter up to {4:.0f} ms after the last key.</source>
        <translation>Измерено на {0}: интервал между клавишами до {1:.0f} мс (первые — до {2:.0f} мс), паузы до {3:.0f} мс, Enter — до {4:.0f} мс после последней клавиши.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="123"/>
        <source>Proposed: a scan opens with {0} keys at most {1:.0f} ms apart, then keys at most {2:.0f} ms apart, up to {3} pauses of {4:.0f} ms, Enter within {5:.0f} ms; codes of {6}+ characters.</source>
        <translation>Предложено: скан начинается с {0} клавиш с интервалом до {1:.0f} мс, затем интервал до {2:.0f} мс, до {3} пауз по {4:.0f} мс, Enter в пределах {5:.0f} мс; коды от {6} символов.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="86"/>
        <source>Scan the same label {0} times ({1} of {0} done).</source>
        <translation>Отсканируйте одну этикетку {0} раз (сделано {1} из {0}).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="49"/>
        <source>Scans split or leak into fields? Let the program measure your scanner.</source>
        <translation>Сканы разрываются или попадают в поля? Пусть программа измерит ваш сканер.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="160"/>
        <source>%1 answered with an error (HTTP %2). The marketplace may be busy; retry in a moment.</source>
        <translation>%1 ответил ошибкой (HTTP %2). Площадка может быть перегружена; повторите чуть позже.</translation>
    </message>
    <message>
        <source>%1 could not be reached</source>
        <translation type="vanished">%1 недоступен</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="177"/>
        <source>%1 could not be reached.</source>
        <translation>%1 недоступен.</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation type="vanished">%1 не ответил вовремя</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="171"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 не ответил вовремя.</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation type="vanished">%1 отказал в соединении</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="169"/>
        <source>%1 refused the connection.</source>
        <translation>%1 отказал в соединении.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="568"/>
        <source>A window the login page opened could not be loaded. %1</source>
        <translation>Не удалось загрузить окно, открытое страницей входа. %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="538"/>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="324"/>
        <source>Back to this window</source>
        <translation>Вернуться в это окно</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="178"/>
        <source>Check the network connection and the provider's address, then retry.</source>
        <translation>Проверьте подключение к сети и адрес площадки, затем повторите.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="322"/>
        <source>Copy the address</source>
        <translation>Скопировать адрес</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="498"/>
        <source>Finishing the login…</source>
        <translation>Завершение входа…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="548"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="230"/>
        <source>Log %1 in again on %2</source>
        <translation>Войти в %1 снова на %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="273"/>
        <source>Log in in your usual web browser instead; the workstation finishes the login when the marketplace sends the browser back.</source>
        <translation>Войдите в своём обычном браузере; программа завершит вход, когда площадка вернёт браузер обратно.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="316"/>
        <source>Log in in your web browser</source>
        <translation>Войти через браузер</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="553"/>
        <source>Log in on the page above.</source>
        <translation>Войдите на странице выше.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="229"/>
        <source>Log in to %1</source>
        <translation>Вход в %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="265"/>
        <source>Log in with the buyer account on the %1 page below. The workstation keeps the session; your password is not stored.</source>
        <translation>Войдите в аккаунт покупателя на странице %1 ниже. Программа сохранит сессию; пароль не хранится.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="509"/>
        <source>Logged in as %1.</source>
        <translation>Вход выполнен: %1.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="391"/>
        <source>Login</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="608"/>
        <source>Login received</source>
        <translation>Вход получен</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="611"/>
        <source>Login refused</source>
        <translation>Вход отклонён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="397"/>
        <source>New window</source>
        <translation>Новое окно</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="318"/>
        <source>No browser opened? Copy the address and paste it into one.</source>
        <translation>Браузер не открылся? Скопируйте адрес и вставьте его в браузер.</translation>
    </message>
    <message>
        <source>No browser opened? Copy this address into one: %1</source>
        <translation type="vanished">Браузер не открылся? Скопируйте в него адрес: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="639"/>
        <source>No web browser could be opened; copy the address above into one.</source>
        <translation>Не удалось открыть браузер; скопируйте адрес выше в браузер вручную.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="532"/>
        <location filename="../../workstation/ui/dialogs/login.py" line="544"/>
        <source>Not logged in.</source>
        <translation>Вход не выполнен.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="272"/>
        <location filename="../../workstation/ui/dialogs/login.py" line="307"/>
        <source>Open in the system browser</source>
        <translation>Открыть в системном браузере</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="320"/>
        <source>Open the page again</source>
        <translation>Открыть страницу снова</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="462"/>
        <source>Opening the login page…</source>
        <translation>Открывается страница входа…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="579"/>
        <source>Page: %1</source>
        <translation>Страница: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="607"/>
        <source>Preparing the login in the browser…</source>
        <translation>Подготовка входа в браузере…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="258"/>
        <location filename="../../workstation/ui/dialogs/login.py" line="305"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="579"/>
        <source>Secure page: %1</source>
        <translation>Защищённая страница: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="325"/>
        <source>Stop waiting for the browser and log in here.</source>
        <translation>Не ждать браузер и войти здесь.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="624"/>
        <source>The %1 login page is open in your web browser. Log in there, with an SMS code or a QR scan if the page asks; this window finishes the login by itself when the marketplace sends the browser back. It waits until %2.</source>
        <translation>Страница входа %1 открыта в вашем браузере. Войдите там (по SMS-коду или QR-коду, если страница попросит); это окно само завершит вход, когда площадка вернёт браузер обратно. Ожидание до %2.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="649"/>
        <source>The address is on the clipboard.</source>
        <translation>Адрес скопирован в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="154"/>
        <source>The certificate of %1 is not valid (%2). The page was not opened: the connection may be intercepted. Check the computer's date and time and the network (a proxy or antivirus that inspects HTTPS), then retry.</source>
        <translation>Сертификат %1 недействителен (%2). Страница не открыта: соединение может быть перехвачено. Проверьте дату и время компьютера и сеть (прокси или антивирус, проверяющий HTTPS), затем повторите.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="173"/>
        <source>The connection to %1 was broken off.</source>
        <translation>Соединение с %1 прервалось.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="524"/>
        <source>The login failed unexpectedly; the details are in the log.</source>
        <translation>Вход неожиданно не удался; подробности — в журнале.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="301"/>
        <source>The login page could not be opened</source>
        <translation>Не удалось открыть страницу входа</translation>
    </message>
    <message>
        <source>The login page could not be opened: %1. Check the network connection and the provider's address, then retry.</source>
        <translation type="vanished">Не удалось открыть страницу входа: %1. Проверьте подключение к сети и адрес площадки, затем повторите.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="164"/>
        <source>The name %1 could not be found: the computer may have no network, or its DNS server does not answer.</source>
        <translation>Имя %1 не найдено: возможно, у компьютера нет сети или DNS-сервер не отвечает.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="175"/>
        <source>The proxy server did not let the connection to %1 through.</source>
        <translation>Прокси-сервер не пропустил соединение с %1.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="484"/>
        <source>The redirect URI in the connection settings is not a loopback address, so the system browser cannot hand the login back.</source>
        <translation>Redirect URI в настройках подключения — не loopback-адрес, поэтому системный браузер не сможет вернуть вход.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="609"/>
        <source>The workstation received the marketplace's answer. You can close this tab and go back to the workstation.</source>
        <translation>Программа получила ответ площадки. Эту вкладку можно закрыть и вернуться в программу.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="167"/>
        <source>This computer is not connected to a network, so %1 cannot be reached.</source>
        <translation>Компьютер не подключён к сети, поэтому %1 недоступен.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="632"/>
        <source>Waiting for the browser…</source>
        <translation>Ожидание браузера…</translation>
    </message>
    <message>
        <source>the connection to %1 was broken</source>
        <translation type="vanished">соединение с %1 прервалось</translation>
    </message>
    <message>
        <source>the name %1 could not be found (no network, or a DNS problem)</source>
        <translation type="vanished">имя %1 не найдено (нет сети или проблема DNS)</translation>
    </message>
    <message>
        <source>the proxy server did not let the connection to %1 through</source>
        <translation type="vanished">прокси-сервер не пропустил соединение с %1</translation>
    </message>
    <message>
        <source>this computer is not connected to a network, so %1 cannot be reached</source>
        <translation type="vanished">компьютер не подключён к сети, поэтому %1 недоступен</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="125"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="119"/>
        <source>&amp;AutoPurchase</source>
        <translation>&amp;АвтоВыкуп</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="91"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="107"/>
        <source>&amp;Find order</source>
        <translation>&amp;Найти заказ</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="124"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="118"/>
        <source>&amp;Plugins</source>
        <translation>&amp;Плагины</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="97"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="120"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../workstation/i18n.py" line="131"/>
        <location filename="../../workstation/ui/mainwindow.py" line="96"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="111"/>
        <source>A&amp;udit of this order or lines…</source>
        <translation>Ж&amp;урнал изменений заказа или строк…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="212"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="69"/>
        <location filename="../../workstation/ui/mainwindow.py" line="190"/>
        <source>Activities</source>
        <translation>Операции</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="189"/>
        <source>Activities ({0} waiting)</source>
        <translation>Операции ({0} ждут)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="113"/>
        <source>Audit of &amp;everything…</source>
        <translation>Журнал изменений &amp;всего…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="67"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="324"/>
        <source>Preparing the sandbox marketplace and its demo accounts…</source>
        <translation>Подготовка тестовой площадки и её демо-аккаунтов…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="68"/>
        <source>Purchase</source>
        <translation>Выкуп</translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="327"/>
        <source>Sandbox ready: demo accounts {0}; {1} booked demo orders placed there.</source>
        <translation>Песочница готова: демо-аккаунты {0}; размещено оформленных демо-заказов: {1}.</translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="410"/>
        <source>The previous run stopped unexpectedly; its report is in {0}</source>
        <translation>Прошлый запуск завершился неожиданно; отчёт — в {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="334"/>
        <source>The sandbox marketplace could not be prepared: {0}</source>
        <translation>Не удалось подготовить тестовую площадку: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="265"/>
        <source>The workstation could not be started again; start it yourself.</source>
        <translation>Не удалось перезапустить рабочую станцию; запустите её вручную.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="71"/>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="59"/>
        <source>Warehouse workstation</source>
        <translation>Складское рабочее место</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="212"/>
        <source>Warehouse workstation {0}
Books, synchronises and receives purchases from Taobao Global and 1688.com.</source>
        <translation>Складское рабочее место {0}
Выкупает, синхронизирует и принимает покупки с Taobao Global и 1688.com.</translation>
    </message>
</context>
<context>
    <name>MappingSection</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="193"/>
        <source>%1 is listed twice.</source>
        <translation>%1 указан дважды.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="159"/>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="191"/>
        <source>Every row needs a provider order status.</source>
        <translation>В каждой строке нужен статус заказа площадки.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="160"/>
        <source>Remove selected</source>
        <translation>Убрать выбранные</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="161"/>
        <source>Restore defaults</source>
        <translation>Восстановить по умолчанию</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="167"/>
        <source>Which line status an order status on the marketplace moves a line to. Received, packed and sent to customer are set by the warehouse, never by synchronisation. Double-click a cell to change it.</source>
        <translation>В какой статус строки переводит строку статус заказа на площадке. «Получено», «Упаковано» и «Отправлено клиенту» ставит склад, никогда синхронизация. Дважды щёлкните ячейку, чтобы изменить.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../workstation/ui/look.py" line="50"/>
        <source>Nothing is owed on this order</source>
        <translation>По этому заказу ничего не должны</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="49"/>
        <source>The customer is owed {0} on this order</source>
        <translation>Клиенту должны {0} по этому заказу</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="47"/>
        <source>The customer owes {0} on this order</source>
        <translation>Клиент должен {0} по этому заказу</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="26"/>
        <source>Bought above the price rule</source>
        <translation>Выкуплено дороже правила</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="26"/>
        <source>Line cancelled</source>
        <translation>Строка отменена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="26"/>
        <source>Order with our reference, not booked here</source>
        <translation>Заказ с нашей ссылкой, выкупленный не здесь</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="26"/>
        <source>Possible duplicate purchase</source>
        <translation>Возможный повторный выкуп</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="26"/>
        <source>Session cannot be renewed</source>
        <translation>Сессию нельзя продлить</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="56"/>
        <source>Acknowledge</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="57"/>
        <source>I have seen and handled the selected notifications</source>
        <translation>Я видел и обработал выбранные уведомления</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="115"/>
        <source>Notifications could not be read: %1</source>
        <translation>Не удалось прочитать уведомления: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="105"/>
        <source>Notifications: %1 to acknowledge</source>
        <translation>Уведомления: %1 к подтверждению</translation>
    </message>
</context>
<context>
    <name>OrderDetailView</name>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="57"/>
        <source>Amounts:</source>
        <translation>Суммы:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="18"/>
        <source>Choose an order above to see its lines.</source>
        <translation>Выберите заказ выше, чтобы увидеть его строки.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="56"/>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="57"/>
        <source>Created:</source>
        <translation>Создано:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="55"/>
        <source>Customer:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="55"/>
        <source>Deliver to:</source>
        <translation>Доставить на:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="56"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="73"/>
        <source>goods {0}, delivery {1}, not paid yet</source>
        <translation>товары {0}, доставка {1}, ещё не оплачено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="68"/>
        <source>goods {0}, delivery {1}, paid {2}</source>
        <translation>товары {0}, доставка {1}, оплачено {2}</translation>
    </message>
</context>
<context>
    <name>OrderField</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="38"/>
        <source>Order number (ORD-…, or just 123) or customer, then Enter</source>
        <translation>Номер заказа (ORD-… или просто 123) или клиент, затем Enter</translation>
    </message>
</context>
<context>
    <name>OrderLines</name>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="50"/>
        <source>Recalculated: the customer is asked {0} a unit instead of {1}</source>
        <translation>Пересчитано: с клиента просят {0} за единицу вместо {1}</translation>
    </message>
</context>
<context>
    <name>OrderSourcePage</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="250"/>
        <source>%1 warehouse changes have not been accepted by the platform yet: they are lost if you disconnect now.</source>
        <translation>Изменения склада (%1) ещё не приняты платформой: при отключении сейчас они будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="94"/>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="188"/>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="188"/>
        <source>Connect again</source>
        <translation>Подключить заново</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="164"/>
        <source>Connected to %1 since %2; the copy holds %3 orders.</source>
        <translation>Подключено к %1 с %2; в копии заказов: %3.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="214"/>
        <source>Connected.</source>
        <translation>Подключено.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="212"/>
        <source>Connected: %1 orders will be mirrored.</source>
        <translation>Подключено: будет скопировано заказов: %1.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="231"/>
        <source>Connecting failed unexpectedly; the details are in the log.</source>
        <translation>Подключение неожиданно не удалось; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="203"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="252"/>
        <source>Disconnect</source>
        <translation>Отключение</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="246"/>
        <source>Disconnect from %1?

The copy of its %2 orders is removed from this workstation; the orders stay on the instance.</source>
        <translation>Отключиться от %1?

Копия его заказов (%2) будет удалена с этой рабочей станции; сами заказы останутся в инстансе.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="266"/>
        <source>Disconnected: the copy of the instance's orders was removed.</source>
        <translation>Отключено: копия заказов инстанса удалена.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="274"/>
        <source>Disconnecting failed unexpectedly; the details are in the log.</source>
        <translation>Отключение неожиданно не удалось; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="97"/>
        <source>Disconnect…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="79"/>
        <source>Instance key</source>
        <translation>Ключ инстанса</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="59"/>
        <source>OT Box instance</source>
        <translation>Инстанс OT Box</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="80"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="301"/>
        <source>Order source</source>
        <translation>Источник заказов</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="64"/>
        <source>Orders are kept in this workstation's database and bought through its own marketplace connections.</source>
        <translation>Заказы хранятся в базе данных этой рабочей станции и выкупаются через её собственные подключения к площадкам.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="80"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="98"/>
        <source>Remove the copy of the instance's orders and go back to this workstation's own orders</source>
        <translation>Удалить копию заказов инстанса и вернуться к собственным заказам этой рабочей станции</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="108"/>
        <source>Restart now</source>
        <translation>Перезапустить сейчас</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="106"/>
        <source>Restart the workstation to switch the order source.</source>
        <translation>Перезапустите рабочую станцию, чтобы сменить источник заказов.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="81"/>
        <source>Secret (optional)</source>
        <translation>Секрет (необязательно)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="95"/>
        <source>Sign in as the operator and read the instance's status list; only then is the connection stored</source>
        <translation>Войти как оператор и прочитать список статусов инстанса; подключение сохраняется только после этого</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="216"/>
        <source>The %1 demo orders of this database were removed.</source>
        <translation>Демо-заказы этой базы данных (%1) удалены.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="229"/>
        <source>The connection failed here</source>
        <translation>Подключение не удалось из-за этого поля</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="180"/>
        <source>The order source could not be read; the details are in the log.</source>
        <translation>Не удалось прочитать источник заказов; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="66"/>
        <source>The orders are an OT Box instance's: this workstation keeps a copy (scans never wait on the network), books through the instance's Autopurchase and sends the warehouse's changes back.</source>
        <translation>Заказы принадлежат инстансу OT Box: эта рабочая станция хранит их копию (сканирование никогда не ждёт сети), выкупает через автозакупку инстанса и отправляет ему изменения склада.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="86"/>
        <source>The secret is needed only when the instance accepts signed calls only. The password and the secret go to the secret store.</source>
        <translation>Секрет нужен, только если инстанс принимает лишь подписанные запросы. Пароль и секрет хранятся в хранилище секретов.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="58"/>
        <source>This workstation</source>
        <translation>Эта рабочая станция</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="169"/>
        <source>This workstation keeps its own orders.</source>
        <translation>Эта рабочая станция ведёт собственные заказы.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="79"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="121"/>
        <source>Where the orders come from</source>
        <translation>Откуда берутся заказы</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="174"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="172"/>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="173"/>
        <source>stored (type to replace)</source>
        <translation>сохранён (введите, чтобы заменить)</translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/orders/pane.py" line="184"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/orders/pane.py" line="161"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="104"/>
        <source>By goods</source>
        <translation>По товарам</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="103"/>
        <source>By orders</source>
        <translation>По заказам</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="181"/>
        <source>No lines with a waybill starting “{0}”</source>
        <translation>Нет строк с трек-номером на «{0}»</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="182"/>
        <source>No order lines yet</source>
        <translation>Строк заказов пока нет</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="159"/>
        <source>No order to show.</source>
        <translation>Нет заказа для показа.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="158"/>
        <source>No orders match “{0}”</source>
        <translation>Нет заказов по запросу «{0}»</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="158"/>
        <source>No orders yet</source>
        <translation>Заказов пока нет</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="73"/>
        <source>Search orders: number, customer or provider</source>
        <translation>Поиск заказов: номер, клиент или площадка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="91"/>
        <source>Tracking number (waybill), or its beginning</source>
        <translation>Трек-номер (накладная) или его начало</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="56"/>
        <source>Being sent / answer lost</source>
        <translation>Отправляется / ответ потерян</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="52"/>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="52"/>
        <source>Receipt</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="56"/>
        <source>Refused by OT Box</source>
        <translation>Отклонено OT Box</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="56"/>
        <source>Waiting to be sent</source>
        <translation>Ждёт отправки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="52"/>
        <source>Waybill correction</source>
        <translation>Исправление трек-номера</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="58"/>
        <source>tried {0} times</source>
        <translation>попыток: {0}</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="184"/>
        <source>Changes not sent to OT Box</source>
        <translation>Изменения, не отправленные в OT Box</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="252"/>
        <source>Discard</source>
        <translation>Отменить изменение</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="248"/>
        <source>Discard this change?</source>
        <translation>Отменить это изменение?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="199"/>
        <source>Discard…</source>
        <translation>Отменить…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="253"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="200"/>
        <source>Never send the selected change (OT Box keeps what it has)</source>
        <translation>Никогда не отправлять выбранное изменение (в OT Box останется то, что там есть)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="197"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="198"/>
        <source>Send the selected change again now</source>
        <translation>Отправить выбранное изменение ещё раз сейчас</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="188"/>
        <source>These warehouse changes are kept on this workstation and sent to OT Box by themselves when it answers. A refused one waits for you: fix the cause on the platform and retry it, or discard it.</source>
        <translation>Эти изменения склада хранятся на этой рабочей станции и отправляются в OT Box сами, когда он отвечает. Отклонённое ждёт вас: устраните причину на платформе и повторите отправку или отмените изменение.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="249"/>
        <source>{0} of order {1} will never be sent to OT Box; the platform keeps what it has, and the line's status there may differ from this workstation's. Discard it?</source>
        <translation>{0} заказа {1} никогда не будет отправлено в OT Box; на платформе останется то, что там есть, и статус строки там может отличаться от статуса на этой рабочей станции. Отменить?</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/outbox.py" line="124"/>
        <source>%n change(s) not sent to OT Box</source>
        <translation>
            <numerusform>%n изменение не отправлено в OT Box</numerusform>
            <numerusform>%n изменения не отправлены в OT Box</numerusform>
            <numerusform>%n изменений не отправлено в OT Box</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="100"/>
        <source>List the changes OT Box has not accepted yet, with its reasons</source>
        <translation>Список изменений, которые OT Box ещё не принял, с его причинами</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="99"/>
        <source>Show…</source>
        <translation>Показать…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="135"/>
        <source>The list of unsent changes could not be read: {0}</source>
        <translation>Не удалось прочитать список неотправленных изменений: {0}</translation>
    </message>
</context>
<context>
    <name>ParcelSection</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="180"/>
        <source> cm</source>
        <translation> см</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="300"/>
        <source>. Also received for this customer: {0} — tick their lines to pack them in the same parcel.</source>
        <translation>. Для этого клиента также получены: {0} — отметьте их строки, чтобы упаковать в ту же посылку.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="298"/>
        <source>; {0} not received yet</source>
        <translation>; ещё не получено: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="169"/>
        <source>Choose an order whose lines are received.</source>
        <translation>Выберите заказ с полученными строками.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="185"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="342"/>
        <source>Form parcel</source>
        <translation>Сформировать посылку</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="374"/>
        <source>Give all three sides of the parcel, or none.</source>
        <translation>Укажите все три стороны посылки или ни одной.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="168"/>
        <source>Load</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="186"/>
        <source>New parcel</source>
        <translation>Новая посылка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="167"/>
        <source>Order number, or scan a line label</source>
        <translation>Номер заказа или скан этикетки строки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="207"/>
        <source>Order:</source>
        <translation>Заказ:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="402"/>
        <source>Parcel P{0} changed.</source>
        <translation>Посылка P{0} изменена.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="402"/>
        <source>Parcel P{0} formed.</source>
        <translation>Посылка P{0} сформирована.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="236"/>
        <source>Parcels of this order (click one to change it)</source>
        <translation>Посылки этого заказа (нажмите, чтобы изменить)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="361"/>
        <source>Save changes to P{0}</source>
        <translation>Сохранить изменения P{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="223"/>
        <source>Size (L × W × H):</source>
        <translation>Размер (Д × Ш × В):</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="416"/>
        <source>Something went wrong: {0}</source>
        <translation>Что-то пошло не так: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="194"/>
        <source>The label of the parcel you form or pick appears here.</source>
        <translation>Здесь появится этикетка формируемой или выбранной посылки.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="224"/>
        <source>Tracking number:</source>
        <translation>Трек-номер:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="183"/>
        <source>Type or scan the outgoing tracking number</source>
        <translation>Введите или отсканируйте исходящий трек-номер</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="222"/>
        <source>Weight:</source>
        <translation>Вес:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="175"/>
        <source>kg, e.g. 1.254</source>
        <translation>кг, напр. 1.254</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="296"/>
        <source>{0} — {1}: %n line(s)</source>
        <translation>
            <numerusform>{0} — {1}: %n строка</numerusform>
            <numerusform>{0} — {1}: %n строки</numerusform>
            <numerusform>{0} — {1}: %n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="48"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="45"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="47"/>
        <source>Clerk</source>
        <translation>Кладовщик</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="48"/>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="56"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="209"/>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="46"/>
        <source>Purchaser</source>
        <translation>Закупщик</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="55"/>
        <source>Save the badge label</source>
        <translation>Сохранить этикетку бейджа</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="74"/>
        <source>Add person</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="150"/>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="169"/>
        <source>Choose a person in the list first.</source>
        <translation>Сначала выберите сотрудника в списке.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="90"/>
        <source>Choose a person in the list for the buttons on the right; the first person added must be an administrator.</source>
        <translation>Кнопки справа действуют на выбранного в списке сотрудника; первым нужно добавить администратора.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="77"/>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="78"/>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="124"/>
        <source>Every badge of {0} is revoked.</source>
        <translation>Все бейджи сотрудника {0} отозваны.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="75"/>
        <source>Give the role</source>
        <translation>Назначить роль</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="86"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="87"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="190"/>
        <source>New badge of {0} saved to {1}: print it and hand it over.</source>
        <translation>Новый бейдж сотрудника {0} сохранён в {1}: распечатайте и выдайте его.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="79"/>
        <source>New badge…</source>
        <translation>Новый бейдж…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="164"/>
        <source>Password of {0} changed.</source>
        <translation>Пароль сотрудника {0} изменён.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="89"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="84"/>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="80"/>
        <source>Revoke badges</source>
        <translation>Отозвать бейджи</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="88"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="76"/>
        <source>Set password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="187"/>
        <source>The badge was made, but its label could not be saved: {0}. Revoke it and make another.</source>
        <translation>Бейдж создан, но его этикетку не удалось сохранить: {0}. Отзовите его и создайте новый.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="198"/>
        <source>Unexpected error: {0}</source>
        <translation>Непредвиденная ошибка: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="158"/>
        <source>{0} added.</source>
        <translation>{0}: добавлен.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="118"/>
        <source>{0} can no longer sign in.</source>
        <translation>{0} больше не может входить.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="121"/>
        <source>{0} can sign in again.</source>
        <translation>{0} снова может входить.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="114"/>
        <source>{0} has the new role.</source>
        <translation>{0}: роль назначена.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="76"/>
        <source>Actual size</source>
        <translation>Реальный размер</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="66"/>
        <source>Loading photo…</source>
        <translation>Загрузка фото…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="82"/>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="61"/>
        <source>Photo of {0}</source>
        <translation>Фото {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="139"/>
        <source>Photo {0} of {1}: </source>
        <translation>Фото {0} из {1}: </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="81"/>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="111"/>
        <source>This parcel has no photo that can be shown.</source>
        <translation>У этой посылки нет фото, которое можно показать.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="75"/>
        <source>Zoom to fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="137"/>
        <source>{0} × {1} px, from {2}</source>
        <translation>{0} × {1} пикс., источник: {2}</translation>
    </message>
</context>
<context>
    <name>PlatformStatusLabel</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/platform_status.py" line="92"/>
        <source>%n warehouse change(s) not sent yet.</source>
        <translation>
            <numerusform>%n изменение склада ещё не отправлено.</numerusform>
            <numerusform>%n изменения склада ещё не отправлены.</numerusform>
            <numerusform>%n изменений склада ещё не отправлено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="93"/>
        <source>Click to refresh now.</source>
        <translation>Нажмите, чтобы обновить сейчас.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="83"/>
        <source>OT Box %1 · not refreshed yet</source>
        <translation>OT Box %1 · ещё не обновлялось</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="82"/>
        <source>OT Box %1 · refreshed %2</source>
        <translation>OT Box %1 · обновлено в %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="79"/>
        <source>OT Box %1: not answering</source>
        <translation>OT Box %1: не отвечает</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="71"/>
        <source>OT Box: not connected</source>
        <translation>OT Box: не подключено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="51"/>
        <source>OT Box: refreshing…</source>
        <translation>OT Box: обновление…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="86"/>
        <source>Orders come from the OT Box instance at %1 (operator %2).</source>
        <translation>Заказы приходят из инстанса OT Box по адресу %1 (оператор %2).</translation>
    </message>
</context>
<context>
    <name>PricesSection</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="338"/>
        <source>A line is bought without asking when its new price is at most %1% above what the customer paid.</source>
        <translation>Строка выкупается без вопроса, если новая цена выше оплаченной клиентом не более чем на %1%.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="294"/>
        <source>Automatic price confirmation</source>
        <translation>Автоматическое подтверждение цены</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="337"/>
        <source>Every line waits for a person to confirm its price.</source>
        <translation>Каждая строка ждёт подтверждения цены человеком.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="340"/>
        <source>Example, the customer paid ¥10.00:</source>
        <translation>Пример: клиент заплатил ¥10.00:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="288"/>
        <source>Lower price</source>
        <translation>Цена ниже</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="288"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="292"/>
        <source>Overpayment threshold</source>
        <translation>Порог переплаты</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="335"/>
        <source>¥%1: bought</source>
        <translation>¥%1: выкуплено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="335"/>
        <source>¥%1: waits for a person</source>
        <translation>¥%1: ждёт человека</translation>
    </message>
</context>
<context>
    <name>PurchaseActions</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="22"/>
        <source>&amp;Book</source>
        <translation>&amp;Выкупить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="24"/>
        <source>&amp;Recalculate price/delivery…</source>
        <translation>&amp;Пересчитать цену/доставку…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="29"/>
        <source>&amp;Unbind</source>
        <translation>&amp;Отвязать</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="61"/>
        <source>Actions on the selected lines (or right-click the lines)</source>
        <translation>Действия с выбранными строками (или правый клик по строкам)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="27"/>
        <source>B&amp;ind with provider order…</source>
        <translation>П&amp;ривязать к заказу площадки…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="23"/>
        <source>Book the selected lines on the marketplace</source>
        <translation>Выкупить выбранные строки на площадке</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="30"/>
        <source>Detach the selected lines from their marketplace order (nothing is cancelled on the marketplace)</source>
        <translation>Отвязать выбранные строки от заказа площадки (на площадке ничего не отменяется)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="33"/>
        <source>Fetch statuses, order numbers, waybills and prices of the chosen account now</source>
        <translation>Получить статусы, номера заказов, трек-номера и цены выбранного аккаунта сейчас</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="28"/>
        <source>Link a marketplace order bought by hand to this order's lines</source>
        <translation>Привязать заказ площадки, выкупленный вручную, к строкам этого заказа</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="25"/>
        <source>Set the customer's price and/or delivery to the purchase figures (only after the customer agreed)</source>
        <translation>Установить цену и/или доставку клиента по закупочным данным (только после согласия клиента)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="32"/>
        <source>Start &amp;synchronisation for the account</source>
        <translation>Запустить &amp;синхронизацию аккаунта</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="58"/>
        <source>With selected ▾</source>
        <translation>С выбранными ▾</translation>
    </message>
</context>
<context>
    <name>PurchaseGroups</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Awaiting payment</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Booked</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Outcome unknown: checking</source>
        <translation>Исход неизвестен: проверяется</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Purchased / sent by seller</source>
        <translation>Выкуплено / отправлено продавцом</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Ready for purchase</source>
        <translation>Готово к выкупу</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Received / closed</source>
        <translation>Получено / закрыто</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Waiting for price confirmation</source>
        <translation>Ожидает подтверждения цены</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/model.py" line="134"/>
        <source>{0} · %n line(s)</source>
        <translation>
            <numerusform>{0} · %n строка</numerusform>
            <numerusform>{0} · %n строки</numerusform>
            <numerusform>{0} · %n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseLines</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="81"/>
        <source>Paid by the customer: {0} × {1}, delivery {2}</source>
        <translation>Оплачено клиентом: {0} × {1}, доставка {2}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="81"/>
        <source>Recalculated: {0} × {1} to be paid</source>
        <translation>Пересчитано: к оплате {0} × {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="102"/>
        <source>Tracking number inside China. Staff only: the customer never sees it.</source>
        <translation>Трек-номер по Китаю. Только для персонала: клиент его не видит.</translation>
    </message>
</context>
<context>
    <name>PurchasePane</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="239"/>
        <source>%n line(s) are reserved by a marketplace order sent without a clear answer; the workstation keeps looking it up (Activities shows its question).</source>
        <translation>
            <numerusform>%n строка зарезервирована заказом площадки, отправленным без ясного ответа; программа продолжает его проверять (вопрос — в «Операциях»).</numerusform>
            <numerusform>%n строки зарезервированы заказом площадки, отправленным без ясного ответа; программа продолжает его проверять (вопрос — в «Операциях»).</numerusform>
            <numerusform>%n строк зарезервированы заказом площадки, отправленным без ясного ответа; программа продолжает его проверять (вопрос — в «Операциях»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="328"/>
        <source>%n selected line(s) not ready for purchase were left out.</source>
        <translation>
            <numerusform>Не готовая к выкупу выбранная строка (%n) пропущена.</numerusform>
            <numerusform>Не готовые к выкупу выбранные строки (%n) пропущены.</numerusform>
            <numerusform>Не готовые к выкупу выбранные строки (%n) пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="72"/>
        <source>&amp;Account:</source>
        <translation>&amp;Аккаунт:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="52"/>
        <source>&amp;Order:</source>
        <translation>&amp;Заказ:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="74"/>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Склад:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="249"/>
        <source>(Settings → Sessions)</source>
        <translation>(Настройки → Сессии)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="353"/>
        <source>Binding {0} to {1}…</source>
        <translation>Привязка {0} к {1}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="326"/>
        <source>Booking %n line(s) with {0}…</source>
        <translation>
            <numerusform>Выкуп %n строки через {0}…</numerusform>
            <numerusform>Выкуп %n строк через {0}…</numerusform>
            <numerusform>Выкуп %n строк через {0}…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="372"/>
        <source>Choose the account these lines were booked with.</source>
        <translation>Выберите аккаунт, в котором выкуплены эти строки.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="254"/>
        <source>Choose the {0} account to work with.</source>
        <translation>Выберите аккаунт {0} для работы.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="123"/>
        <source>Ctrl+B book · Ctrl+R recalculate · Ctrl+L bind · Ctrl+U unbind · F6 synchronise</source>
        <translation>Ctrl+B выкуп · Ctrl+R пересчёт · Ctrl+L привязка · Ctrl+U отвязка · F6 синхронизация</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="253"/>
        <source>Every {0} session has expired: log an account in again {1}.</source>
        <translation>Все сессии {0} истекли: войдите в аккаунт снова {1}.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="443"/>
        <source>Logged in as {0}.</source>
        <translation>Вход выполнен: {0}.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="43"/>
        <source>No order open.</source>
        <translation>Заказ не открыт.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="251"/>
        <source>No session for {0}: log an account in {1}.</source>
        <translation>Нет сессии для {0}: войдите в аккаунт {1}.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="231"/>
        <source>No warehouse address for {0}: add one (Settings → {0} → Warehouse addresses).</source>
        <translation>Нет адреса склада для {0}: добавьте его (Настройки → {0} → Адреса склада).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="365"/>
        <source>None of the selected lines is bound to a marketplace order.</source>
        <translation>Ни одна из выбранных строк не привязана к заказу площадки.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="309"/>
        <source>Nothing was started: {0}</source>
        <translation>Ничего не запущено: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="89"/>
        <source>One order</source>
        <translation>Один заказ</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="301"/>
        <source>Open an order first: type its number above.</source>
        <translation>Сначала откройте заказ: введите его номер выше.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="70"/>
        <source>Read the order, accounts and addresses again</source>
        <translation>Перечитать заказ, аккаунты и адреса</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="343"/>
        <source>Recalculated %n line(s) at the purchase figures.</source>
        <translation>
            <numerusform>Пересчитана %n строка по закупочным данным.</numerusform>
            <numerusform>Пересчитаны %n строки по закупочным данным.</numerusform>
            <numerusform>Пересчитано %n строк по закупочным данным.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="69"/>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="463"/>
        <source>See the activity window.</source>
        <translation>См. окно операции.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="305"/>
        <source>Select the lines first (a group heading takes all its lines, Ctrl+A takes every line).</source>
        <translation>Сначала выберите строки (заголовок группы берёт все её строки, Ctrl+A — все строки).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="427"/>
        <source>Something went wrong: {0}. The details are in the log.</source>
        <translation>Что-то пошло не так: {0}. Подробности — в журнале.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="409"/>
        <source>Synchronising {0}…</source>
        <translation>Синхронизация {0}…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="395"/>
        <source>The order stays on the marketplace; cancel it there if it is not needed. Booking these lines again asks first.</source>
        <translation>Заказ остаётся на площадке; отмените его там, если он не нужен. Повторный выкуп этих строк сначала спросит.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="236"/>
        <source>This order has no lines ready for purchase.</source>
        <translation>В этом заказе нет строк, готовых к выкупу.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="181"/>
        <source>This order has no lines.</source>
        <translation>В этом заказе нет строк.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="234"/>
        <source>This order is not paid yet: its lines can be booked once it is paid.</source>
        <translation>Этот заказ ещё не оплачен: его строки можно будет выкупить после оплаты.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="112"/>
        <source>Type an order number above, or choose an order in the Orders pane, to see its lines here grouped by purchase state.</source>
        <translation>Введите номер заказа выше или выберите заказ в панели «Заказы», чтобы увидеть его строки по этапам выкупа.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="397"/>
        <source>Unbind anyway</source>
        <translation>Всё равно отвязать</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="393"/>
        <source>Unbind from a live marketplace order?</source>
        <translation>Отвязать от действующего заказа площадки?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="375"/>
        <source>Unbinding %n line(s)…</source>
        <translation>
            <numerusform>Отвязка %n строки…</numerusform>
            <numerusform>Отвязка %n строк…</numerusform>
            <numerusform>Отвязка %n строк…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="88"/>
        <source>Worklist: all orders</source>
        <translation>Рабочий список: все заказы</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="202"/>
        <source>not paid</source>
        <translation>не оплачено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="202"/>
        <source>paid {0}</source>
        <translation>оплачено {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="248"/>
        <source>with + beside the account</source>
        <translation>кнопкой + рядом с аккаунтом</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="289"/>
        <source>{0} of {1} line(s) selected, {2} ready for purchase</source>
        <translation>Выбрано строк: {0} из {1}, готовы к выкупу: {2}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="467"/>
        <source>{0} waits for your answer in its activity window.</source>
        <translation>{0} ждёт вашего ответа в окне операции.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="205"/>
        <source>{0} · {1} · {2} · {3}</source>
        <translation>{0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="459"/>
        <source>{0}: done.</source>
        <translation>{0}: готово.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="462"/>
        <source>{0}: ended with problems. {1}</source>
        <translation>{0}: завершено с проблемами. {1}</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../workstation/ui/errors.py" line="65"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="61"/>
        <source>Something went wrong. The workstation carries on; the details are in the log.</source>
        <translation>Что-то пошло не так. Программа продолжает работу; подробности — в журнале.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="60"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="40"/>
        <source>Warehouse workstation</source>
        <translation>Складское рабочее место</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="98"/>
        <source>(mode "No": every price is asked)</source>
        <translation>(режим «Нет»: каждая цена подтверждается)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="246"/>
        <source>(not enough)</source>
        <translation>(недостаточно)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="96"/>
        <source>(up to {} per unit without asking)</source>
        <translation>(до {} за единицу без вопроса)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="104"/>
        <source>({} units)</source>
        <translation>({} шт.)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>Binding: no matching line</source>
        <translation>Привязка: нет подходящей строки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>Binding: quantity to check</source>
        <translation>Привязка: проверьте количество</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>Buy a second time?</source>
        <translation>Выкупить повторно?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="159"/>
        <source>Configuration: {}</source>
        <translation>Конфигурация: {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="210"/>
        <source>Configurations offered now</source>
        <translation>Конфигурации в продаже сейчас</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="202"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="216"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="100"/>
        <source>Customer price</source>
        <translation>Цена клиента</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="102"/>
        <source>Difference per unit</source>
        <translation>Разница за единицу</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="104"/>
        <source>For the whole line</source>
        <translation>На всю строку</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="213"/>
        <source>In stock</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="225"/>
        <source>Its status there</source>
        <translation>Его статус там</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="147"/>
        <source>Line #{0} of {1}   {2}</source>
        <translation>Строка №{0} заказа {1}   {2}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="221"/>
        <source>Lines reserved</source>
        <translation>Зарезервировано строк</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="220"/>
        <source>Marketplace said</source>
        <translation>Ответ площадки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="214"/>
        <source>Needed</source>
        <translation>Нужно</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="101"/>
        <source>New price</source>
        <translation>Новая цена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>Not enough in stock</source>
        <translation>Недостаточно на складе продавца</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="208"/>
        <source>On offer now</source>
        <translation>В продаже сейчас</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="163"/>
        <source>Open the item on the marketplace</source>
        <translation>Открыть товар на площадке</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="201"/>
        <source>Ordered configuration</source>
        <translation>Заказанная конфигурация</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="219"/>
        <source>Our reference</source>
        <translation>Наша ссылка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>Outcome unknown: was the order created?</source>
        <translation>Исход неизвестен: создан ли заказ?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="224"/>
        <source>Previous marketplace order</source>
        <translation>Прежний заказ площадки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="73"/>
        <source>Price to confirm: lower than paid</source>
        <translation>Цена к подтверждению: ниже оплаченной</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="76"/>
        <source>Price to confirm: risen within the threshold</source>
        <translation>Цена к подтверждению: выросла в пределах порога</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="71"/>
        <source>Price to confirm: unchanged</source>
        <translation>Цена к подтверждению: без изменений</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="160"/>
        <source>Quantity: {}</source>
        <translation>Количество: {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="222"/>
        <source>Ready again if still missing after</source>
        <translation>Снова готова к выкупу, если не найдена через</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>The configuration ordered is gone</source>
        <translation>Заказанной конфигурации больше нет</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>The item is no longer available</source>
        <translation>Товар больше недоступен</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>The price has changed</source>
        <translation>Цена изменилась</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="75"/>
        <source>The price rose above the threshold</source>
        <translation>Цена выросла выше порога</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="106"/>
        <source>Threshold in force</source>
        <translation>Действующий порог</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>Tmall promotion not allowed</source>
        <translation>Акция Tmall не разрешена</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="210"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="202"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="100"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="101"/>
        <source>per unit</source>
        <translation>за единицу</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="245"/>
        <source>stock {}</source>
        <translation>наличие {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="207"/>
        <source>{0} configuration(s), none with enough stock</source>
        <translation>Конфигураций: {0}, ни одной в достаточном количестве</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="206"/>
        <source>{0} configuration(s), {1} with enough stock: pick one below</source>
        <translation>Конфигураций: {0}, в достаточном количестве: {1} — выберите ниже</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="222"/>
        <source>{} min</source>
        <translation>{} мин</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="373"/>
        <source>Answer later [Esc]</source>
        <translation>Ответить позже [Esc]</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="476"/>
        <source>Answer sent; the activity goes on...</source>
        <translation>Ответ отправлен; операция продолжается...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="427"/>
        <source>No more questions.</source>
        <translation>Вопросов больше нет.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="460"/>
        <source>Press the key shown on a button. Enter does not answer.</source>
        <translation>Нажмите клавишу, указанную на кнопке. Enter не отвечает.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="365"/>
        <source>Question from an activity</source>
        <translation>Вопрос от операции</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="468"/>
        <source>{} more waiting</source>
        <translation>ещё ждут: {}</translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="78"/>
        <source>Do not wait for the current step: the activity resumes at the next start, and nothing is bought twice.</source>
        <translation>Не ждать текущего шага: операция продолжится при следующем запуске, и ничего не будет выкуплено дважды.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="70"/>
        <source>Keep working</source>
        <translation>Продолжить работу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/quit.py" line="124"/>
        <source>Orders being sent or without a clear answer yet: %n. If no answer comes before the window closes, they are left for the reconciler, which looks them up before anything is sent again. Nothing is bought twice.</source>
        <translation>
            <numerusform>Заказы, которые отправляются или ещё без ясного ответа: %n. Если ответ не придёт до закрытия окна, их проверит сверка перед любой повторной отправкой. Ничего не будет выкуплено дважды.</numerusform>
            <numerusform>Заказы, которые отправляются или ещё без ясного ответа: %n. Если ответ не придёт до закрытия окна, их проверит сверка перед любой повторной отправкой. Ничего не будет выкуплено дважды.</numerusform>
            <numerusform>Заказы, которые отправляются или ещё без ясного ответа: %n. Если ответ не придёт до закрытия окна, их проверит сверка перед любой повторной отправкой. Ничего не будет выкуплено дважды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="76"/>
        <source>Quit now</source>
        <translation>Выйти сейчас</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="45"/>
        <source>Quit while activities run?</source>
        <translation>Выйти, пока идут операции?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="122"/>
        <source>So far it has {}.</source>
        <translation>Пока у неё {}.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="73"/>
        <source>Stop them and quit</source>
        <translation>Остановить и выйти</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="109"/>
        <source>Stop them and quit: the window closes as soon as each has finished its current step. Keep working: nothing changes.</source>
        <translation>«Остановить и выйти»: окно закроется, как только каждая операция завершит текущий шаг. «Продолжить работу»: ничего не меняется.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="146"/>
        <source>Stopping: waiting for the current step to end (at most {} s). The window stays usable.</source>
        <translation>Остановка: ждём окончания текущего шага (не более {} с). Окном можно пользоваться.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/quit.py" line="98"/>
        <source>This workstation is still running %n activity(ies).</source>
        <translation>
            <numerusform>На этом рабочем месте ещё выполняется %n операция.</numerusform>
            <numerusform>На этом рабочем месте ещё выполняются %n операции.</numerusform>
            <numerusform>На этом рабочем месте ещё выполняется %n операций.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="105"/>
        <source>Waiting for an answer; quitting does not touch them:</source>
        <translation>Ждут ответа; выход их не затрагивает:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="106"/>
        <source>it keeps waiting; answer it after the next start or on another workstation.</source>
        <translation>она продолжает ждать; ответьте после следующего запуска или на другом рабочем месте.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="101"/>
        <source>queued: it starts when the workstation starts again.</source>
        <translation>в очереди: начнётся при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="119"/>
        <source>running: it stops after its current step, and what is left resumes when the workstation starts again.</source>
        <translation>выполняется: остановится после текущего шага, остаток продолжится при следующем запуске программы.</translation>
    </message>
</context>
<context>
    <name>RecalcDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="86"/>
        <source>&amp;Delivery</source>
        <translation>&amp;Доставка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="85"/>
        <source>&amp;Price of the goods</source>
        <translation>&amp;Цена товара</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="96"/>
        <source>Change the customer's prices only after the customer has agreed to pay the new amounts.</source>
        <translation>Меняйте цены клиента, только когда клиент согласился оплатить новые суммы.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="154"/>
        <source>Line(s) {0}: cancelled or not available, so the customer is not charged for them. Leave them out.</source>
        <translation>Строки {0}: отменены или недоступны, поэтому с клиента за них не берут. Исключите их.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="158"/>
        <source>No purchase figures yet for line(s) {0}: they are known once the line is booked. Untick what is missing or leave those lines out.</source>
        <translation>Для строк {0} ещё нет закупочных данных: они появятся после выкупа. Снимите отметку с недостающего или исключите эти строки.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="83"/>
        <source>Recalculate at purchase price — {0}</source>
        <translation>Пересчитать по закупочной цене — {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="91"/>
        <source>Recalculate:</source>
        <translation>Пересчитать:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="188"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="174"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="149"/>
        <source>The customer pays the same as before.</source>
        <translation>Клиент платит столько же, сколько раньше.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="147"/>
        <source>The customer pays {0} less in all (goods {1}, delivery {2}).</source>
        <translation>Клиент платит на {0} меньше (товары {1}, доставка {2}).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="145"/>
        <source>The customer pays {0} more in all (goods {1}, delivery {2}).</source>
        <translation>Клиент платит на {0} больше (товары {1}, доставка {2}).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="189"/>
        <source>The prices could not be saved: {0}</source>
        <translation>Не удалось сохранить цены: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="152"/>
        <source>Tick the price, the delivery, or both.</source>
        <translation>Отметьте цену, доставку или и то и другое.</translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="432"/>
        <source> and photo</source>
        <translation> и фото</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="205"/>
        <source>%n greyed line(s) are not counted.</source>
        <translation>
            <numerusform>%n серая строка не считается.</numerusform>
            <numerusform>%n серые строки не считаются.</numerusform>
            <numerusform>%n серых строк не считаются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="294"/>
        <source>%n greyed line(s) not counted: cancelled or not bought yet (see Status).</source>
        <translation>
            <numerusform>%n серая строка не считается: отменена или ещё не выкуплена (см. «Статус»).</numerusform>
            <numerusform>%n серые строки не считаются: отменены или ещё не выкуплены (см. «Статус»).</numerusform>
            <numerusform>%n серых строк не считаются: отменены или ещё не выкуплены (см. «Статус»).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="129"/>
        <source>All as expected</source>
        <translation>Всё как ожидалось</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="288"/>
        <source>All lines as expected.</source>
        <translation>Все строки как ожидалось.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="248"/>
        <source>Back to {0} (%n unit(s))</source>
        <translation>
            <numerusform>Назад к {0} (%n шт.)</numerusform>
            <numerusform>Назад к {0} (%n шт.)</numerusform>
            <numerusform>Назад к {0} (%n шт.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="130"/>
        <source>Confirm receipt</source>
        <translation>Подтвердить приёмку</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="364"/>
        <source>Correct waybill</source>
        <translation>Исправление трек-номера</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="352"/>
        <source>Correct waybill…</source>
        <translation>Исправить трек-номер…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="251"/>
        <source>Counted but not confirmed — kept, not lost. Go back and confirm:</source>
        <translation>
            <numerusform>Посчитано, но не подтверждено — сохранено, не потеряно. Вернитесь и подтвердите:</numerusform>
            <numerusform>Посчитано, но не подтверждено — сохранено, не потеряно. Вернитесь и подтвердите:</numerusform>
            <numerusform>Посчитано, но не подтверждено — сохранено, не потеряно. Вернитесь и подтвердите:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="312"/>
        <source>Go back and count</source>
        <translation>Вернуться и пересчитать</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="127"/>
        <source>Keep as unmatched…</source>
        <translation>Сохранить как неопознанную…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="431"/>
        <source>Kept as unmatched with your note{0}.</source>
        <translation>Сохранено как неопознанная с вашей заметкой{0}.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="183"/>
        <source>Line label</source>
        <translation>Этикетка строки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="183"/>
        <source>Marketplace order</source>
        <translation>Заказ на площадке</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="308"/>
        <source>Nothing counted</source>
        <translation>Ничего не посчитано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="285"/>
        <source>Nothing counted yet: type what arrived on each line, or “All as expected”.</source>
        <translation>Ещё ничего не посчитано: введите, что пришло по каждой строке, или «Всё как ожидалось».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="308"/>
        <source>Nothing was counted on this parcel. Record that none of the items of its %n line(s) arrived (a shortage on each)?</source>
        <translation>
            <numerusform>По этой посылке ничего не посчитано. Записать, что ни один товар её %n строки не пришёл (недостача по каждой)?</numerusform>
            <numerusform>По этой посылке ничего не посчитано. Записать, что ни один товар её %n строк не пришёл (недостача по каждой)?</numerusform>
            <numerusform>По этой посылке ничего не посчитано. Записать, что ни один товар её %n строк не пришёл (недостача по каждой)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="183"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="128"/>
        <source>Put the parcel on the unmatched shelf with a note and a photo</source>
        <translation>Положить посылку на полку неопознанных с заметкой и фото</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="311"/>
        <source>Record as missing</source>
        <translation>Записать как недостачу</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="146"/>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="224"/>
        <source>Scan a parcel's waybill to receive it.</source>
        <translation>Отсканируйте трек-номер посылки, чтобы принять её.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="290"/>
        <source>Shortage on {0} line(s), surplus on {1}: recorded as discrepancies.</source>
        <translation>Недостача по строкам: {0}, излишек: {1} — записаны как расхождения.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="441"/>
        <source>The parcel could not be kept: {0}</source>
        <translation>Не удалось сохранить посылку: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="393"/>
        <source>The waybill could not be corrected: {0}</source>
        <translation>Не удалось исправить трек-номер: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="183"/>
        <source>Waybill</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="385"/>
        <source>Waybill corrected: {0}</source>
        <translation>Трек-номер исправлен: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="365"/>
        <source>Waybill of {0} line {1}, as on the seller's parcel label (empty: none):</source>
        <translation>Трек-номер строки {1} заказа {0}, как на этикетке посылки продавца (пусто — нет):</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="210"/>
        <source>Your counts from before are back: check them and confirm.</source>
        <translation>Ваши прежние подсчёты восстановлены: проверьте и подтвердите.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="385"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="185"/>
        <source>{0} matches nothing. It is kept in the unmatched parcels and will be matched when a synchronisation brings its line.</source>
        <translation>{0} ни с чем не совпадает. Код сохранён в неопознанных посылках и будет сопоставлен, когда синхронизация принесёт его строку.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="195"/>
        <source>{0} {1} was received already ({2} line(s)).</source>
        <translation>{0} {1} уже принят (строк: {2}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="202"/>
        <source>{0} {1}: %n line(s) in {2} order(s). Count what arrived.</source>
        <translation>
            <numerusform>{0} {1}: %n строка в заказах: {2}. Посчитайте, что пришло.</numerusform>
            <numerusform>{0} {1}: %n строки в заказах: {2}. Посчитайте, что пришло.</numerusform>
            <numerusform>{0} {1}: %n строк в заказах: {2}. Посчитайте, что пришло.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="198"/>
        <source>{0} {1}: none of its {2} line(s) can be received now (cancelled or not bought yet). Keep the parcel as unmatched with a note.</source>
        <translation>{0} {1}: ни одну из его строк ({2}) сейчас нельзя принять (отменены или ещё не выкуплены). Сохраните посылку как неопознанную с заметкой.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="192"/>
        <source>{0} {1}: receipt confirmed. Scan it again to count what else arrives.</source>
        <translation>{0} {1}: приёмка подтверждена. Отсканируйте снова, чтобы посчитать, что ещё пришло.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="406"/>
        <source>{0}: %n line(s) cannot be received now ({1}). Say what is in the parcel.</source>
        <translation>
            <numerusform>{0}: %n строку сейчас нельзя принять ({1}). Напишите, что в посылке.</numerusform>
            <numerusform>{0}: %n строки сейчас нельзя принять ({1}). Напишите, что в посылке.</numerusform>
            <numerusform>{0}: %n строк сейчас нельзя принять ({1}). Напишите, что в посылке.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScaleReadout</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="57"/>
        <source>No scale</source>
        <translation>Нет весов</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="55"/>
        <source>No scale is configured (set the scale's serial port in the settings); type the weight instead.</source>
        <translation>Весы не настроены (укажите последовательный порт весов в настройках); введите вес вручную.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="78"/>
        <source>No scale is configured; type the weight.</source>
        <translation>Весы не настроены; введите вес.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="59"/>
        <source>Put the weight the scale on {0} shows, once it is steady, into the weight field.</source>
        <translation>Когда вес на весах {0} установится, перенесите его в поле веса.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="37"/>
        <source>Read from scale</source>
        <translation>Считать с весов</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="72"/>
        <source>Scale not connected ({0})</source>
        <translation>Весы не подключены ({0})</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="84"/>
        <source>The scale has no steady weight yet; wait for it to settle.</source>
        <translation>Вес на весах ещё не установился; подождите.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="82"/>
        <source>The scale on {0} is not connected.</source>
        <translation>Весы на {0} не подключены.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="86"/>
        <source>The scale shows no weight; put the parcel on it.</source>
        <translation>Весы не показывают вес; положите на них посылку.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="66"/>
        <source>The scale shows {0} kg</source>
        <translation>Весы показывают {0} кг</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="67"/>
        <source>{0} (settling…)</source>
        <translation>{0} (стабилизируется…)</translation>
    </message>
</context>
<context>
    <name>ScannerTestPage</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="195"/>
        <source>, or {0} ms of silence</source>
        <translation>, или {0} мс тишины</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="196"/>
        <source>A scan: at least {0} characters, opening with {5} keys at most {6} ms apart, then at most {1} ms between keys (or up to {7} pauses of {8} ms), ended by {2} within {9} ms{3}; the same code again within {4} ms counts once.</source>
        <translation>Скан: не менее {0} символов, начало — {5} клавиш с интервалом не более {6} мс, затем не более {1} мс между клавишами (или до {7} пауз по {8} мс), завершение — {2} в пределах {9} мс{3}; тот же код повторно в пределах {4} мс считается один раз.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="210"/>
        <source>Applied and saved: scan a few labels to check.</source>
        <translation>Применено и сохранено: отсканируйте несколько этикеток для проверки.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="152"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="236"/>
        <source>Duplicate ignored: {0}</source>
        <translation>Повтор пропущен: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="194"/>
        <source>Enter or Tab</source>
        <translation>Enter или Tab</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="164"/>
        <source>Raw key events</source>
        <translation>Сырые нажатия клавиш</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="141"/>
        <source>Scan a few labels. Each key the scanner typed is listed with the gap since the key before; a scan is a quick burst ended by Enter or Tab. Keys marked “passed” reached the focused field as typing.</source>
        <translation>Отсканируйте несколько этикеток. Каждая клавиша, набранная сканером, показана с интервалом от предыдущей; скан — это быстрая серия, завершённая Enter или Tab. Клавиши с отметкой «пропущено» попали в поле ввода как набор текста.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="233"/>
        <source>Scan: {0}</source>
        <translation>Скан: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="148"/>
        <source>Type here to see how typing is told apart</source>
        <translation>Печатайте здесь, чтобы увидеть, как набор отличается от скана</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="239"/>
        <source>Typing: %n key(s) passed to the field</source>
        <translation>
            <numerusform>Набор: %n клавиша передана в поле</numerusform>
            <numerusform>Набор: %n клавиши переданы в поле</numerusform>
            <numerusform>Набор: %n клавиш передано в поле</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="159"/>
        <source>What the detector made of them</source>
        <translation>Как детектор их понял</translation>
    </message>
</context>
<context>
    <name>ScannersPage</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="198"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="268"/>
        <source>%1 port(s) on this computer, in the list; another name can be typed.</source>
        <translation>Портов на этом компьютере: %1 (в списке); можно ввести и другое имя.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="171"/>
        <source>/dev/ttyACM0 or COM3</source>
        <translation>/dev/ttyACM0 или COM3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="130"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="212"/>
        <source>Baud rate</source>
        <translation>Скорость (бод)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="193"/>
        <source>CR (carriage return)</source>
        <translation>CR (возврат каретки)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="194"/>
        <source>CR LF</source>
        <translation>CR LF</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="434"/>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="387"/>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="415"/>
        <source>Choose a port or type its name (/dev/ttyACM0, COM3).</source>
        <translation>Выберите порт или введите его имя (/dev/ttyACM0, COM3).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="213"/>
        <source>Data bits</source>
        <translation>Биты данных</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="216"/>
        <source>End of a code</source>
        <translation>Конец кода</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="190"/>
        <source>Even</source>
        <translation>Чётный</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="193"/>
        <source>LF (line feed)</source>
        <translation>LF (перевод строки)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="430"/>
        <source>Listening on %1: scan a code now.</source>
        <translation>Слушаю %1: отсканируйте код.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="191"/>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="265"/>
        <source>No serial port found on this computer. Plug the scanner in and press Refresh, or type the port's name.</source>
        <translation>На этом компьютере не найден последовательный порт. Подключите сканер и нажмите «Обновить» или введите имя порта.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="277"/>
        <source>No serial port was found on this computer: plug the scanner in first, or type the port's name after Add.</source>
        <translation>На этом компьютере не найден последовательный порт: сначала подключите сканер или введите имя порта после «Добавить».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="275"/>
        <source>No serial scanner is set up. Press Add to set one up.</source>
        <translation>Последовательный сканер не настроен. Нажмите «Добавить».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="190"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="194"/>
        <source>None: a pause ends the code</source>
        <translation>Нет: код завершает пауза</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="446"/>
        <source>Nothing was read in %1 s. Check the baud rate, the parity and the end of a code against the scanner's manual.</source>
        <translation>За %1 с ничего не прочитано. Сверьте скорость, чётность и конец кода с инструкцией сканера.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="190"/>
        <source>Odd</source>
        <translation>Нечётный</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="422"/>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="214"/>
        <source>Parity</source>
        <translation>Чётность</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="217"/>
        <source>Pause that ends it</source>
        <translation>Завершающая пауза</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="210"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="441"/>
        <source>Read: %1 (%2 characters). The settings fit this scanner.</source>
        <translation>Прочитано: %1 (%2 символов). Настройки подходят этому сканеру.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="172"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="131"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="115"/>
        <source>Scanners on a serial (COM) port of this computer. A USB scanner that types like a keyboard needs nothing here.</source>
        <translation>Сканеры на последовательном (COM) порту этого компьютера. USB-сканеру, который печатает как клавиатура, здесь ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="140"/>
        <source>Selected scanner</source>
        <translation>Выбранный сканер</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="191"/>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="215"/>
        <source>Stop bits</source>
        <translation>Стоп-биты</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="421"/>
        <source>Stop test</source>
        <translation>Остановить тест</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="199"/>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="461"/>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="200"/>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="321"/>
        <source>Test opens the port and shows the next code read.</source>
        <translation>«Проверить» открывает порт и показывает следующий прочитанный код.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="408"/>
        <source>Test stopped.</source>
        <translation>Тест остановлен.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="387"/>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="415"/>
        <source>The baud rate is a number, as set on the scanner (9600 most often).</source>
        <translation>Скорость — это число, как настроено в сканере (чаще всего 9600).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="285"/>
        <source>The ports could not be listed (%1); type the port's name.</source>
        <translation>Не удалось получить список портов (%1); введите имя порта.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="382"/>
        <source>This port is set up twice.</source>
        <translation>Этот порт настроен дважды.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="159"/>
        <source>connected</source>
        <translation>подключён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="159"/>
        <source>connecting…</source>
        <translation>подключение…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="159"/>
        <source>disconnected</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="432"/>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="160"/>
        <source>not saved</source>
        <translation>не сохранено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="159"/>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
</context>
<context>
    <name>SerialStatusLabel</name>
    <message>
        <location filename="../../workstation/ui/serial_scanners.py" line="255"/>
        <source>%1 scanners disconnected, retrying</source>
        <translation>Сканеров отключено: %1, переподключение</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/serial_scanners.py" line="253"/>
        <source>Scanner %1: disconnected, retrying</source>
        <translation>Сканер %1: отключён, переподключение</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/serial_scanners.py" line="257"/>
        <source>not connected</source>
        <translation>не подключён</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="64"/>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="52"/>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="54"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="56"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="34"/>
        <source>%1, %2 left</source>
        <translation>%1, осталось %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="31"/>
        <source>Expired: log in again</source>
        <translation>Истекла: войдите снова</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="31"/>
        <source>Expires within an hour</source>
        <translation>Истекает в течение часа</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="31"/>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="64"/>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="68"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
</context>
<context>
    <name>SessionsPane</name>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="260"/>
        <source>%1 forgotten.</source>
        <translation>%1 удалён.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="71"/>
        <source>All providers</source>
        <translation>Все площадки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="247"/>
        <source>Forget %1 on %2?

Its session, tokens and browser cookies are deleted from this workstation; to use it again, log it in again. Orders already bought are kept.</source>
        <translation>Удалить %1 на %2?

Его сессия, токены и cookies браузера будут удалены с этого рабочего места; чтобы снова им пользоваться, войдите заново. Уже выкупленные заказы сохранятся.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="246"/>
        <source>Forget account</source>
        <translation>Удалить аккаунт</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="89"/>
        <source>Forget…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="78"/>
        <source>Log a buyer account in</source>
        <translation>Войти в аккаунт покупателя</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="84"/>
        <source>Log in a %1 account…</source>
        <translation>Войти в аккаунт %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="87"/>
        <source>Log in again</source>
        <translation>Войти снова</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="104"/>
        <source>No buyer account is logged in. Press + to log one in.</source>
        <translation>Нет вошедшего аккаунта покупателя. Нажмите +, чтобы войти.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="111"/>
        <source>Provider:</source>
        <translation>Площадка:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="91"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="96"/>
        <source>Start synchronisation</source>
        <translation>Запустить синхронизацию</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="186"/>
        <source>Starting a synchronisation of %1…</source>
        <translation>Запуск синхронизации %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="193"/>
        <source>Synchronisation of %1 started; its progress is in the Activities pane.</source>
        <translation>Синхронизация %1 запущена; ход — в панели «Операции».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="97"/>
        <source>Synchronise the selected account now (its progress is in Activities)</source>
        <translation>Синхронизировать выбранный аккаунт сейчас (ход — в «Операциях»)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="161"/>
        <source>The sessions could not be loaded; the details are in the log.</source>
        <translation>Не удалось загрузить сессии; подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>1688 needs a landline phone</source>
        <translation type="vanished">Для 1688 нужен городской телефон</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>A line is listed twice in the parcel.</source>
        <translation>Строка указана в посылке дважды.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>A line is listed twice; count it once.</source>
        <translation>Строка указана дважды; посчитайте её один раз.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>A parcel needs at least one line.</source>
        <translation>В посылке должна быть хотя бы одна строка.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>An order holds the goods of one provider; split Taobao and 1688 items.</source>
        <translation>Заказ содержит товары одной площадки; разделите товары Taobao и 1688.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Authorize URL</source>
        <translation>URL авторизации</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="123"/>
        <source>AutoPurchase settings</source>
        <translation>Настройки АвтоВыкупа</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Choose the lines to recalculate.</source>
        <translation>Выберите строки для пересчёта.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Choose the notifications to acknowledge.</source>
        <translation>Выберите уведомления для подтверждения.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Choose the price, the delivery, or both.</source>
        <translation>Выберите цену, доставку или и то и другое.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="138"/>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Each side of the parcel must be 1 to 500 cm.</source>
        <translation>Каждая сторона посылки — от 1 до 500 см.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Gateway base URL</source>
        <translation>Базовый URL шлюза</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>In OT mode the customer's prices are the OT Box instance's: recalculate the order on OT Box; the next refresh brings the new prices here.</source>
        <translation>В режиме OT цены клиента ведёт инстанс OT Box: пересчитайте заказ в OT Box, и при следующем обновлении новые цены появятся здесь.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="135"/>
        <source>Integration</source>
        <translation>Интеграция</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>None of these lines can be received now (cancelled or not bought yet). Keep the parcel as unmatched with a note.</source>
        <translation>Ни одну из этих строк сейчас нельзя принять (отменены или ещё не выкуплены). Сохраните посылку как неопознанную с заметкой.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="266"/>
        <source>Not saved yet (a half-typed address counts too). Press Cancel again to close without saving, or Save.</source>
        <translation>Ещё не сохранено (недописанный адрес тоже считается). Нажмите «Отмена» ещё раз, чтобы закрыть без сохранения, или «Сохранить».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="415"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Nothing to receive: choose at least one line.</source>
        <translation>Нечего принимать: выберите хотя бы одну строку.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="323"/>
        <source>Nothing to save</source>
        <translation>Нечего сохранять</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Only matched parcels can be dismissed; a waiting one stays until its order line is found.</source>
        <translation>Скрыть можно только сопоставленные посылки; ожидающая остаётся, пока не найдётся её строка заказа.</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="vanished">Сотрудники</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="136"/>
        <source>Price confirmation</source>
        <translation>Подтверждение цены</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="178"/>
        <source>Provider</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Redirect URI</source>
        <translation>Redirect URI</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Request pacing</source>
        <translation>Темп запросов</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="394"/>
        <source>Saved at %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="327"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="156"/>
        <source>Scanners</source>
        <translation>Сканеры</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="152"/>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="234"/>
        <source>Sessions (the logged-in buyer accounts) are managed in the Sessions pane of the main window.</source>
        <translation>Сессии (вошедшие аккаунты покупателей) управляются в панели «Сессии» главного окна.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="135"/>
        <source>Status mapping</source>
        <translation>Сопоставление статусов</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The amount must be positive.</source>
        <translation>Сумма должна быть положительной.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The first person must be an administrator: once anyone is defined, the station asks who signs in, and someone must be able to manage the others.</source>
        <translation>Первым сотрудником должен быть администратор: как только заведён хоть один сотрудник, рабочее место спрашивает, кто входит, и кто-то должен управлять остальными.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The order has no items.</source>
        <translation>В заказе нет товаров.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The parcel's code is empty.</source>
        <translation>Код посылки пуст.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The photo is empty.</source>
        <translation>Фото пустое.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="285"/>
        <source>The sandbox is not available in this program.</source>
        <translation>Песочница недоступна в этой программе.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The scanned code is empty.</source>
        <translation>Отсканированный код пуст.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The tracking number is longer than 64 characters.</source>
        <translation>Трек-номер длиннее 64 символов.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>This database has marketplace accounts logged in of its own; in OT mode the provider sessions are the instance's. Use a data directory of its own for OT mode (--data-dir DIR).</source>
        <translation>В этой базе есть собственные вошедшие аккаунты площадок, а в режиме OT сессии поставщиков принадлежат инстансу. Для режима OT используйте отдельный каталог данных (--data-dir DIR).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="161"/>
        <source>This station</source>
        <translation>Эта станция</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>This workstation is not connected to an OT Box instance.</source>
        <translation>Эта рабочая станция не подключена к инстансу OT Box.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Timeout</source>
        <translation>Таймаут</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>URL: empty; enter the OT API's address, e.g. https://otapi.example.com</source>
        <translation>URL: пусто; введите адрес OT API, например https://otapi.example.com</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="136"/>
        <source>Warehouse addresses</source>
        <translation>Адреса склада</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Weight must be more than 0 and at most 1000 kg.</source>
        <translation>Вес должен быть больше 0 и не более 1000 кг.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Weight: give it as a decimal number of kilograms, not a float.</source>
        <translation>Вес: укажите десятичное число килограммов, а не float.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Write a note: what is in the parcel, or why it cannot be received.</source>
        <translation>Напишите заметку: что в посылке или почему её нельзя принять.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>accounts: the same account is listed twice</source>
        <translation>accounts: один и тот же аккаунт указан дважды</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="216"/>
        <source>landline may hold only digits, spaces and dashes</source>
        <translation>городской телефон может содержать только цифры, пробелы и дефисы</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="216"/>
        <source>mobile phone must be exactly 11 digits</source>
        <translation>мобильный номер — ровно 11 цифр</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>overpayment_threshold_percent: must be between 0 and 1000</source>
        <translation>overpayment_threshold_percent: должно быть от 0 до 1000</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="216"/>
        <source>postal code must be exactly 6 digits</source>
        <translation>индекс — ровно 6 цифр</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>provider order number: required</source>
        <translation>номер заказа площадки: обязателен</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>status_mapping: expected a non-empty object {provider status: line status}</source>
        <translation>status_mapping: нужен непустой объект {статус площадки: статус строки}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>status_mapping: provider statuses must be non-empty text</source>
        <translation>status_mapping: статусы площадки должны быть непустым текстом</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>sync_interval_minutes: must be between 1 and 1440 minutes</source>
        <translation>sync_interval_minutes: должно быть от 1 до 1440 минут</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>the network connection</source>
        <translation>подключение к сети</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>the proxy</source>
        <translation>прокси</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>this computer's clock</source>
        <translation>часы этого компьютера</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>unknown_settle_seconds: must be between 0 and 604800 seconds (a week)</source>
        <translation>unknown_settle_seconds: должно быть от 0 до 604800 секунд (неделя)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="103"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="123"/>
        <source>Could not check the sign-in: {0}</source>
        <translation>Не удалось проверить вход: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="52"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="53"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="60"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="44"/>
        <source>Scan your badge, or type your login and password.</source>
        <translation>Отсканируйте свой бейдж или введите логин и пароль.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="38"/>
        <location filename="../../workstation/ui/dialogs/signin.py" line="58"/>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="80"/>
        <source>Sign in to use this station, or Quit.</source>
        <translation>Войдите, чтобы работать на этом рабочем месте, или нажмите «Выход».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="93"/>
        <source>Type your login, or scan your badge.</source>
        <translation>Введите логин или отсканируйте бейдж.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="120"/>
        <source>Wrong login or password, or the badge is not valid (revoked, or its person disabled).</source>
        <translation>Неверный логин или пароль, или бейдж недействителен (отозван, или сотрудник отключён).</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <location filename="../../workstation/ui/splash.py" line="72"/>
        <source>Loading the orders…</source>
        <translation>Загрузка заказов…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/splash.py" line="69"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/splash.py" line="39"/>
        <source>Version {0}</source>
        <translation>Версия {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/splash.py" line="33"/>
        <location filename="../../workstation/ui/splash.py" line="53"/>
        <source>Warehouse workstation</source>
        <translation>Складское рабочее место</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="96"/>
        <source>%1 is set: it decides the retention instead of this field.</source>
        <translation>Задана переменная %1: срок хранения определяет она, а не это поле.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="187"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="156"/>
        <source>%1: a whole number from %2 to %3.</source>
        <translation>%1: целое число от %2 до %3.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="196"/>
        <source>A backup is already running.</source>
        <translation>Резервная копия уже создаётся.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="74"/>
        <source>Automatic backups kept</source>
        <translation>Хранить автоматических копий</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="65"/>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="54"/>
        <source>Back up the database every day</source>
        <translation>Ежедневно создавать резервную копию базы данных</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="199"/>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="81"/>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="203"/>
        <source>Backup saved: %1 (%2), checked intact.</source>
        <translation>Резервная копия сохранена: %1 (%2), проверена на целостность.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="79"/>
        <source>Daily backup</source>
        <translation>Ежедневная копия</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="77"/>
        <source>Finished activities older than this are cleared each time the program starts.</source>
        <translation>Завершённые операции старше этого срока удаляются при каждом запуске программы.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="73"/>
        <source>Keep finished activities (days)</source>
        <translation>Хранить завершённые операции (дней)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="82"/>
        <source>Last backup</source>
        <translation>Последняя копия</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="174"/>
        <source>None (PostgreSQL)</source>
        <translation>Нет (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="184"/>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="206"/>
        <source>Older backups removed: %1.</source>
        <translation>Удалено старых копий: %1.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="212"/>
        <source>The backup failed: %1</source>
        <translation>Резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="102"/>
        <source>This station's database is on a PostgreSQL server: back it up with pg_dump (see the README). Nothing is backed up here.</source>
        <translation>База данных этой станции находится на сервере PostgreSQL: делайте её резервные копии с помощью pg_dump (см. README). Здесь ничего не копируется.</translation>
    </message>
</context>
<context>
    <name>StationPeople</name>
    <message>
        <location filename="../../workstation/ui/people.py" line="148"/>
        <source>A badge was scanned, but no people are defined here.</source>
        <translation>Отсканирован бейдж, но пользователи здесь не заведены.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="168"/>
        <source>Nobody signed in</source>
        <translation>Никто не вошёл</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="70"/>
        <source>S&amp;witch user…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="71"/>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти из учётной записи</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="85"/>
        <source>Sign in as the person who takes over.</source>
        <translation>Войдите как сотрудник, который сменяет предыдущего.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="105"/>
        <source>Sign in to use this station.</source>
        <translation>Войдите, чтобы работать на этом рабочем месте.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="167"/>
        <source>Signed in: {0} ({1})</source>
        <translation>Вошёл: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="142"/>
        <source>Signed out after {0} minutes without use.</source>
        <translation>Выход после {0} мин. бездействия.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="123"/>
        <source>Signed out. Sign in to use this station.</source>
        <translation>Вы вышли. Войдите, чтобы работать на этом рабочем месте.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="153"/>
        <source>This badge is not valid (revoked, or its person disabled).</source>
        <translation>Этот бейдж недействителен (отозван, или сотрудник отключён).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="136"/>
        <source>{0} took over from {1}.</source>
        <translation>{0} сменил(а) {1}.</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Awaiting payment</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Booked</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Not available</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Outcome unknown: checking</source>
        <translation>Исход неизвестен: проверяется</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Packed</source>
        <translation>Упаковано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Purchased</source>
        <translation>Выкуплено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Ready for purchase</source>
        <translation>Готово к выкупу</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Received at warehouse</source>
        <translation>Получено на складе</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Sent by seller</source>
        <translation>Отправлено продавцом</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Sent to customer</source>
        <translation>Отправлено клиенту</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Waiting for price confirmation</source>
        <translation>Ожидает подтверждения цены</translation>
    </message>
</context>
<context>
    <name>SyncDetails</name>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="172"/>
        <source>%1 activities wait for an answer (Activities pane).</source>
        <translation>Операций ждут ответа: %1 (панель «Операции»).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="176"/>
        <source>%1 marketplace order(s) were sent without a clear answer; their lines stay reserved while the workstation looks them up.</source>
        <translation>Заказов на площадке без ясного ответа: %1; их строки зарезервированы, пока программа их проверяет.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="180"/>
        <source>%1 notification(s) (cancelled lines, sessions) wait to be acknowledged in the Activities pane.</source>
        <translation>Уведомлений ждут подтверждения в панели «Операции»: %1 (отменённые строки, сессии).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="178"/>
        <source>Alarm: %1</source>
        <translation>Сигнал: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="173"/>
        <source>No activity waits for an answer.</source>
        <translation>Нет операций, ждущих ответа.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="160"/>
        <source>Synchronisation of the buyer accounts</source>
        <translation>Синхронизация аккаунтов покупателей</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="113"/>
        <source>%1 money alarm(s): possible duplicate or price above the rule, click for details</source>
        <translation>Денежных сигналов: %1 (возможный дубль или цена выше правила), нажмите для подробностей</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="129"/>
        <source>%1 more</source>
        <translation>ещё %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="116"/>
        <source>%1 notification(s) to acknowledge (Activities)</source>
        <translation>Уведомлений к подтверждению: %1 (Операции)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="120"/>
        <source>%1 order(s) outcome unknown: checking</source>
        <translation>Заказов с неизвестным исходом: %1, проверяется</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="123"/>
        <source>%1 waiting for an answer</source>
        <translation>Ждут ответа: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="145"/>
        <source>+%1 more</source>
        <translation>+ещё %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="108"/>
        <source>No buyer account logged in</source>
        <translation>Нет вошедшего аккаунта покупателя</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="62"/>
        <source>log in again</source>
        <translation>войдите снова</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="62"/>
        <source>log in again soon</source>
        <translation>скоро войдите снова</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="54"/>
        <location filename="../../workstation/ui/statusbar.py" line="77"/>
        <location filename="../../workstation/ui/statusbar.py" line="95"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="65"/>
        <source>not synchronised yet</source>
        <translation>ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="65"/>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="62"/>
        <source>sync failed</source>
        <translation>ошибка синхронизации</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="64"/>
        <location filename="../../workstation/ui/statusbar.py" line="93"/>
        <source>synchronising</source>
        <translation>синхронизация</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="62"/>
        <source>waiting for an answer</source>
        <translation>ожидание ответа</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="230"/>
        <source>Click for details</source>
        <translation>Нажмите для подробностей</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="213"/>
        <source>Synchronisation per account; click for details</source>
        <translation>Синхронизация по аккаунтам; нажмите для подробностей</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="203"/>
        <source>Synchronisation: loading…</source>
        <translation>Синхронизация: загрузка…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="304"/>
        <source>Synchronisation: status unavailable</source>
        <translation>Синхронизация: статус недоступен</translation>
    </message>
</context>
<context>
    <name>UnmatchedList</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="168"/>
        <source> and {0} more</source>
        <translation> и ещё {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="165"/>
        <source>%n parcel(s) matched to their order since they were scanned: </source>
        <translation>
            <numerusform>%n посылка сопоставлена с заказом после скана: </numerusform>
            <numerusform>%n посылки сопоставлены с заказами после скана: </numerusform>
            <numerusform>%n посылок сопоставлены с заказами после скана: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="145"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="148"/>
        <source>%n parcel(s) waiting for their order line</source>
        <translation>
            <numerusform>%n посылка ждёт своей строки заказа</numerusform>
            <numerusform>%n посылки ждут своих строк заказа</numerusform>
            <numerusform>%n посылок ждут своих строк заказа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="170"/>
        <source>. Put them with their orders, then dismiss them.</source>
        <translation>. Разложите их по заказам, затем скройте.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="146"/>
        <source>; %n matched, to be handled</source>
        <translation>
            <numerusform>; %n сопоставлена, к обработке</numerusform>
            <numerusform>; %n сопоставлены, к обработке</numerusform>
            <numerusform>; %n сопоставлено, к обработке</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="240"/>
        <source>Could not load the unmatched parcels; see the log.</source>
        <translation>Не удалось загрузить неопознанные посылки; см. журнал.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="81"/>
        <source>Dismiss matched</source>
        <translation>Скрыть сопоставленные</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="142"/>
        <source>No unmatched parcels. Codes that match nothing are kept here until their order line is found.</source>
        <translation>Неопознанных посылок нет. Коды без совпадений хранятся здесь, пока не найдётся их строка заказа.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="85"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="226"/>
        <source>Select matched parcels to dismiss; waiting ones stay.</source>
        <translation>Выберите сопоставленные посылки, чтобы скрыть; ожидающие останутся.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="86"/>
        <source>Show the photo kept with the selected parcel (or double-click it)</source>
        <translation>Показать фото выбранной посылки (или дважды щёлкните по ней)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="82"/>
        <source>Take the selected matched parcels (or, with none selected, every matched one) off the list once they are handled</source>
        <translation>Убрать выбранные сопоставленные посылки (или, если ничего не выбрано, все сопоставленные) из списка после обработки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="204"/>
        <source>The photo could not be loaded; see the log.</source>
        <translation>Не удалось загрузить фото; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="163"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
</context>
<context>
    <name>UpkeepTimer</name>
    <message>
        <location filename="../../workstation/ui/upkeep.py" line="108"/>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/upkeep.py" line="112"/>
        <source>The backup failed: %1</source>
        <translation>Резервное копирование не удалось: %1</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="78"/>
        <source>, not confirmed</source>
        <translation>, не подтверждено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="76"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="138"/>
        <source>Already received</source>
        <translation>Уже получено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="145"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="162"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="76"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="138"/>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="162"/>
        <source>GS</source>
        <translation>GS</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="145"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="145"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="114"/>
        <source>Lines without a receipt since this scan: {0}</source>
        <translation>Строк без приёмки после этого скана: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="76"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="138"/>
        <source>Lookup failed</source>
        <translation>Поиск не удался</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="45"/>
        <source>Matched</source>
        <translation>Сопоставлено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="45"/>
        <source>Matched → {0}</source>
        <translation>Сопоставлено → {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="76"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="138"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="76"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="138"/>
        <source>Scanned twice</source>
        <translation>Отсканировано дважды</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="121"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="142"/>
        <source>Scanner (keyboard)</source>
        <translation>Сканер (клавиатура)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="121"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="142"/>
        <source>Scanner (serial)</source>
        <translation>Сканер (последовательный)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="162"/>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="162"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="66"/>
        <source>This line has not been bought yet, so nothing of it can be in the parcel; it is not counted and does not hold up the other lines.</source>
        <translation>Эта строка ещё не выкуплена, поэтому её не может быть в посылке; она не считается и не задерживает остальные строки.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="66"/>
        <source>This line is packed for the customer already; it is not counted again.</source>
        <translation>Эта строка уже упакована для клиента; повторно она не считается.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="66"/>
        <source>This line will not arrive, so it is not counted and does not hold up the other lines. If its goods are in the parcel all the same, keep the parcel as unmatched with a note.</source>
        <translation>Эта строка не придёт, поэтому не считается и не задерживает остальные строки. Если её товар всё же в посылке, сохраните посылку как неопознанную с заметкой.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="145"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="121"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="142"/>
        <source>Typed</source>
        <translation>Введено вручную</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="44"/>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="173"/>
        <source>held</source>
        <translation>задержано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="97"/>
        <source>kept as unmatched</source>
        <translation>сохранено как неопознанная</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="99"/>
        <source>matched later to {0} at {1}</source>
        <translation>позже сопоставлено с {0} в {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="101"/>
        <source>matched later: {0}</source>
        <translation>позже сопоставлено: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="62"/>
        <source>not bought yet</source>
        <translation>ещё не выкуплено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="62"/>
        <source>not coming</source>
        <translation>не придёт</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="62"/>
        <source>packed already</source>
        <translation>уже упаковано</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="173"/>
        <source>passed</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="146"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="57"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="162"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>WarehouseChooser</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="169"/>
        <source> (default)</source>
        <translation> (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="167"/>
        <source>No warehouse address</source>
        <translation>Нет адреса склада</translation>
    </message>
</context>
<context>
    <name>WarehousePane</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="329"/>
        <source>%n waiting parcel(s) matched after synchronisation — see “Unmatched parcels”</source>
        <translation>
            <numerusform>%n ожидавшая посылка сопоставлена после синхронизации — см. «Неопознанные посылки»</numerusform>
            <numerusform>%n ожидавшие посылки сопоставлены после синхронизации — см. «Неопознанные посылки»</numerusform>
            <numerusform>%n ожидавших посылок сопоставлены после синхронизации — см. «Неопознанные посылки»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="274"/>
        <source>; {0} discrepancy(ies) recorded</source>
        <translation>; записано расхождений: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="203"/>
        <source>Already received — {0} {1} (%n line(s))</source>
        <translation>
            <numerusform>Уже принято — {0} {1} (%n строка)</numerusform>
            <numerusform>Уже принято — {0} {1} (%n строки)</numerusform>
            <numerusform>Уже принято — {0} {1} (%n строк)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="123"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="215"/>
        <source>Could not look up {0} ({1}); kept as an unmatched parcel</source>
        <translation>Не удалось найти {0} ({1}); сохранено как неопознанная посылка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="90"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="200"/>
        <source>Found — {0} {1}: %n line(s) in {2} order(s)</source>
        <translation>
            <numerusform>Найдено — {0} {1}: %n строка в заказах: {2}</numerusform>
            <numerusform>Найдено — {0} {1}: %n строки в заказах: {2}</numerusform>
            <numerusform>Найдено — {0} {1}: %n строк в заказах: {2}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="89"/>
        <source>Label unreadable? Type the code and press Enter</source>
        <translation>Этикетка не читается? Введите код и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="133"/>
        <source>Labels for the received lines</source>
        <translation>Этикетки для принятых строк</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="197"/>
        <source>Line label</source>
        <translation>Этикетка строки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="197"/>
        <source>Marketplace order</source>
        <translation>Заказ на площадке</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="207"/>
        <source>Not found — {0}: kept as an unmatched parcel</source>
        <translation>Не найдено — {0}: сохранено как неопознанная посылка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="93"/>
        <source>On: a scan shows the parcel's lines here to count. Off: a scan jumps to the lines in “By goods”.</source>
        <translation>Вкл.: скан показывает здесь строки посылки для пересчёта. Выкл.: скан переходит к строкам в «По товарам».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="197"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="152"/>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="118"/>
        <source>Ready: scan a parcel's waybill.</source>
        <translation>Готово: отсканируйте трек-номер посылки.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="271"/>
        <source>Received %n line(s), {0} unit(s), for {1}</source>
        <translation>
            <numerusform>Принята %n строка, {0} шт., для {1}</numerusform>
            <numerusform>Приняты %n строки, {0} шт., для {1}</numerusform>
            <numerusform>Принято %n строк, {0} шт., для {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="149"/>
        <source>Receiving</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="91"/>
        <source>Receiving mode</source>
        <translation>Режим приёмки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="107"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="220"/>
        <source>Scanned twice — {0} counted once</source>
        <translation>Отсканировано дважды — {0} учтено один раз</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="151"/>
        <source>Scans</source>
        <translation>Сканы</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="97"/>
        <source>Show in “By goods”</source>
        <translation>Показать в «По товарам»</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="311"/>
        <source>Something went wrong: {0}</source>
        <translation>Что-то пошло не так: {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="95"/>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="153"/>
        <source>Test scanner</source>
        <translation>Проверить сканер</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="150"/>
        <source>Unmatched parcels</source>
        <translation>Неопознанные посылки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="197"/>
        <source>Waybill</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="222"/>
        <source>{0} could not be saved ({1}). It is kept and saved with the next scan; do not put the parcel away yet.</source>
        <translation>Не удалось сохранить {0} ({1}). Скан сохранён и будет записан со следующим сканом; пока не убирайте посылку.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="172"/>
        <source>{0} kept as an unmatched parcel with your note</source>
        <translation>{0} сохранена как неопознанная посылка с вашей заметкой</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="280"/>
        <source>{0}: every line received — form the parcel</source>
        <translation>{0}: все строки получены — сформируйте посылку</translation>
    </message>
</context>
<context>
    <name>WarehousesSection</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="292"/>
        <source>Address deleted</source>
        <translation>Адрес удалён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="172"/>
        <source>Address of %1</source>
        <translation>Адрес %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="248"/>
        <source>Address saved</source>
        <translation>Адрес сохранён</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="89"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="305"/>
        <source>Delete address</source>
        <translation>Удалить адрес</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="280"/>
        <source>Delete the address of %1?
%2</source>
        <translation>Удалить адрес %1?
%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="119"/>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="136"/>
        <source>Fill in the addresses in Chinese, as they are on the marketplace: recipient 2 to 14 characters, mobile 11 digits, postal code 6 digits.</source>
        <translation>Заполните адреса по-китайски, как на площадке: получатель — от 2 до 14 символов, мобильный — 11 цифр, индекс — 6 цифр.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>Landline</source>
        <translation>Городской телефон</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="90"/>
        <source>Make default</source>
        <translation>Сделать основным</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="88"/>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="97"/>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="173"/>
        <source>New address</source>
        <translation>Новый адрес</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>Province</source>
        <translation>Провинция</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="118"/>
        <source>Save address</source>
        <translation>Сохранить адрес</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="74"/>
        <source>Bought above the price rule: see the money alarms.</source>
        <translation>Выкуплено дороже правила: см. денежные сигналы.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="269"/>
        <source>Click to sort</source>
        <translation>Нажмите для сортировки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="70"/>
        <source>Paid by the customer: {0} × {1}, delivery {2}</source>
        <translation>Оплачено клиентом: {0} × {1}, доставка {2}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="70"/>
        <source>Recalculated: {0} × {1} to be paid</source>
        <translation>Пересчитано: к оплате {0} × {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="270"/>
        <source>This column cannot be sorted</source>
        <translation>Этот столбец нельзя сортировать</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="59"/>
        <source>{0} d</source>
        <translation>{0} д</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="61"/>
        <source>{0} h</source>
        <translation>{0} ч</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="62"/>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
</context>
<context>
    <name>WorklistPane</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="342"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="405"/>
        <source>%n selected line(s) not ready for purchase were left out.</source>
        <translation>
            <numerusform>Не готовая к выкупу выбранная строка (%n) пропущена.</numerusform>
            <numerusform>Не готовые к выкупу выбранные строки (%n) пропущены.</numerusform>
            <numerusform>Не готовые к выкупу выбранные строки (%n) пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="178"/>
        <source>&amp;Book selected</source>
        <translation>&amp;Выкупить выбранные</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="346"/>
        <source>, {0} ready for purchase in %n order(s)</source>
        <translation>
            <numerusform>, {0} готовы к выкупу в %n заказе</numerusform>
            <numerusform>, {0} готовы к выкупу в %n заказах</numerusform>
            <numerusform>, {0} готовы к выкупу в %n заказах</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="285"/>
        <source>All lines</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="141"/>
        <source>Any account</source>
        <translation>Любой аккаунт</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="150"/>
        <source>Any age</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="137"/>
        <source>Any provider</source>
        <translation>Любая площадка</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="133"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="182"/>
        <source>Book selected (Ctrl+B)</source>
        <translation>Выкупить выбранные (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="184"/>
        <source>Book the selected lines: one booking per order, in the account chosen for its marketplace</source>
        <translation>Выкупить выбранные строки: один выкуп на заказ, в аккаунте, выбранном для его площадки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="402"/>
        <source>Booking %n line(s)</source>
        <translation>
            <numerusform>Выкуп %n строки</numerusform>
            <numerusform>Выкуп %n строк</numerusform>
            <numerusform>Выкуп %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="285"/>
        <source>Bought above the rule</source>
        <translation>Дороже правила</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="151"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="150"/>
        <source>In status over %n day(s)</source>
        <translation>
            <numerusform>В статусе более %n дня</numerusform>
            <numerusform>В статусе более %n дней</numerusform>
            <numerusform>В статусе более %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="142"/>
        <source>No account yet</source>
        <translation>Аккаунт не выбран</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="313"/>
        <source>No line has been on its way from the seller for more than 10 days.</source>
        <translation>Нет строк, которые продавец отправил более 10 дней назад.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="313"/>
        <source>No line is ready for purchase. Paid orders' lines appear here until they are booked.</source>
        <translation>Нет строк, готовых к выкупу. Строки оплаченных заказов видны здесь, пока их не выкупят.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="311"/>
        <source>No line matches these filters and this search. “Clear filters” shows the whole view.</source>
        <translation>Ни одна строка не подходит под эти фильтры и поиск. «Сбросить фильтры» покажет весь список.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="313"/>
        <source>No line waits for a price confirmation.</source>
        <translation>Нет строк, ждущих подтверждения цены.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="313"/>
        <source>No line was bought above the price rule.</source>
        <translation>Нет строк, выкупленных дороже правила.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="313"/>
        <source>No marketplace order has an unknown outcome.</source>
        <translation>Нет заказов площадки с неизвестным исходом.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="383"/>
        <source>None of the selected lines is ready for purchase.</source>
        <translation>Ни одна из выбранных строк не готова к выкупу.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="378"/>
        <source>Nothing was started: choose the {0} account below.</source>
        <translation>Ничего не запущено: выберите аккаунт {0} ниже.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="285"/>
        <source>Outcome unknown</source>
        <translation>Исход неизвестен</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="285"/>
        <source>Ready for purchase</source>
        <translation>Готово к выкупу</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="186"/>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="129"/>
        <source>Search: order, customer, item title (中文 or English), marketplace order, waybill</source>
        <translation>Поиск: заказ, клиент, название товара (中文 или English), заказ площадки, трек-номер</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="371"/>
        <source>Select the lines to book first (Ctrl+A takes every line shown).</source>
        <translation>Сначала выберите строки для выкупа (Ctrl+A — все показанные строки).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="145"/>
        <source>Seller (beginning)</source>
        <translation>Продавец…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="285"/>
        <source>Sent by seller over 10 days</source>
        <translation>В пути более 10 дней</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="417"/>
        <source>Something went wrong: {0}. The details are in the log.</source>
        <translation>Что-то пошло не так: {0}. Подробности — в журнале.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="357"/>
        <source>The lines can be sorted by order, price, purchase price, status, time in status, account or seller.</source>
        <translation>Строки можно сортировать по заказу, цене, закупочной цене, статусу, времени в статусе, аккаунту или продавцу.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="313"/>
        <source>There are no order lines yet.</source>
        <translation>Строк заказов пока нет.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="200"/>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="285"/>
        <source>Waiting for price confirmation</source>
        <translation>Ожидает подтверждения цены</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="403"/>
        <source>in %n order(s)</source>
        <translation>
            <numerusform>в %n заказе</numerusform>
            <numerusform>в %n заказах</numerusform>
            <numerusform>в %n заказах</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="403"/>
        <source>with {0}.</source>
        <translation>с {0}.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="171"/>
        <source>{0} account:</source>
        <translation>Аккаунт {0}:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="407"/>
        <source>{0} was not started: {1}</source>
        <translation>{0} не запущено: {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="344"/>
        <source>{0} · {1} selected</source>
        <translation>{0} · выбрано: {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="343"/>
        <source>{0}+ lines (counting…)</source>
        <translation>{0}+ строк (подсчёт…)</translation>
    </message>
</context>
</TS>
