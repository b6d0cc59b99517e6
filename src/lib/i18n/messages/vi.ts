/**
 * The Vietnamese texts (the default language), one entry per message: the source of the message keys.
 * A message with parameters is a function of its parameters ({@link Arg}: what a template literal would print).
 *
 * Entries are appended by the codemod (`npm run i18n:extract`) and may be edited by hand: the English catalogue
 * (en.ts) is typed by this one, so a missing or extra key or a parameter that does not exist is a type error.
 */

/** A message parameter: printed as a template literal prints it. */
export type Arg = string | number | bigint | boolean | null | undefined;

export const vi = {
	'hooks.pageNotFound': 'Không tìm thấy trang này.',
	'hooks.theUploadIsLargerThan': 'Tệp gửi lên lớn hơn mức máy chủ nhận (BODY_SIZE_LIMIT).',
	'hooks.theServerMetAnError': 'Máy chủ gặp lỗi khi xử lý yêu cầu này. Chi tiết nằm trong nhật ký của máy chủ.',
	'apiError.serverErrorHttpStatus': (p: { status: Arg }) => `Lỗi máy chủ (HTTP ${p.status}).`,
	'afterMap.loadingTheMap': 'Đang tải bản đồ…',
	'commentThreads.scenario': 'phương án',
	'commentThreads.groupName': (p: { name: Arg }) => `nhóm ${p.name}`,
	'commentThreads.unitName': (p: { name: Arg }) => `đơn vị ${p.name}`,
	'commentThreads.comments': 'Bình luận',
	'commentThreads.writtenOnVersion': 'viết trên phiên bản',
	'commentThreads.nowVVersion': (p: { version: Arg }) => ` (nay là v${p.version})`,
	'commentThreads.resolved': 'Đã giải quyết',
	'commentThreads.showOnTheMap': 'Xem trên bản đồ',
	'commentThreads.reply': 'Trả lời…',
	'commentThreads.reply2': 'Trả lời',
	'commentThreads.reopen': 'Mở lại',
	'commentThreads.noCommentsYet': 'Chưa có bình luận.',
	'commentThreads.writeAComment': 'Viết bình luận…',
	'commentThreads.newComment': 'Bình luận mới',
	'commentThreads.comment': 'Bình luận',
	'consultationGrid.couldNotReachTheServer': 'Không kết nối được máy chủ; chưa lưu.',
	'consultationGrid.notSavedErrorslengthPastedCells': (p: { errorsLength: Arg }) =>
		`Chưa lưu: ${p.errorsLength} ô dán vào không hợp lệ (xem ghi chú đỏ dưới ô).`,
	'consultationGrid.saving': 'Đang lưu…',
	'consultationGrid.resultsOfTheVotersConsultation': 'Kết quả lấy ý kiến cử tri',
	'consultationGrid.code': 'Mã',
	'consultationGrid.unit': 'Đơn vị',
	'consultationGrid.in': 'Thuộc',
	'consultationGrid.mergedInto': 'Nhập vào đơn vị mới',
	'consultationGrid.agreementRate': 'Tỷ lệ đồng ý',
	'consultationGrid.verdict': 'Đánh giá',
	'consultationGrid.passed': 'Đạt',
	'consultationGrid.notAbove50': 'Không đạt trên 50%',
	'consultationGrid.incomplete': 'Chưa đủ số liệu',
	'consultationGrid.notEntered': 'Chưa nhập',
	'datasetTabs.map': 'Bản đồ',
	'datasetTabs.scenarios': 'Phương án',
	'datasetTabs.staffing': 'Biên chế',
	'datasetTabs.dataQuality': 'Chất lượng dữ liệu',
	'groupPanel.noMembersYet': '(chưa có thành viên)',
	'groupPanel.newName': 'tên mới',
	'groupPanel.locked': 'đã khoá',
	'groupPanel.units': 'đơn vị',
	'groupPanel.keepsCode': 'giữ mã',
	'groupPanel.naturalArea': 'Diện tích tự nhiên',
	'groupPanel.shortBy': 'thiếu',
	'groupPanel.population': 'Quy mô dân số',
	'groupPanel.people': 'người',
	'groupPanel.membersFormOneConnectedPiece': 'Các đơn vị liền một dải',
	'groupPanel.notConnected': 'Không liền một dải',
	'groupPanel.parts': 'phần',
	'groupPanel.showTheGap': 'Xem chỗ đứt',
	'groupPanel.contiguityNotChecked': 'Chưa kiểm tra được tính liền kề',
	'groupPanel.compactnessOfTheNewUnit': 'Độ gọn của đơn vị mới (Polsby–Popper)',
	'groupPanel.forInformation': 'chỉ để tham khảo',
	'groupPanel.staffRecomputing': 'Biên chế: đang tính lại…',
	'groupPanel.staff': 'Biên chế',
	'groupPanel.theDistrictLevelHasNo':
		'cấp huyện không có công thức định mức; nhập số biên chế hiện có ở trang Biên chế',
	'groupPanel.staffInPostNotEntered': 'chưa nhập số biên chế hiện có',
	'groupPanel.norm': 'theo định mức',
	'groupPanel.remaining': 'còn lại',
	'groupPanel.nonProfessional': 'không chuyên trách',
	'groupPanel.someFromQuotas': 'có đơn vị tính theo định mức',
	'groupPanel.details': 'chi tiết',
	'groupPanel.member': 'Thành viên',
	'groupPanel.role': 'Vai trò',
	'groupPanel.pop': 'Dân số',
	'groupPanel.kept': 'giữ mã',
	'groupPanel.commentOnThisUnit': 'Bình luận về đơn vị này',
	'groupPanel.remove': 'Bỏ khỏi nhóm',
	'groupPanel.newUnitName': 'Tên đơn vị mới',
	'groupPanel.kind': 'Loại đơn vị',
	'groupPanel.chosenByTheUser': 'người dùng chọn',
	'groupPanel.byTheRules': 'theo quy định',
	'groupPanel.reasonForTheKind': 'Lý do chọn loại',
	'groupPanel.keepTheCodeOf': 'Giữ mã của',
	'groupPanel.defaultMostPopulous': 'mặc định (đông dân nhất)',
	'groupPanel.seat': 'Trụ sở',
	'groupPanel.notChosen': 'chưa chọn',
	'groupPanel.suggested': 'gợi ý',
	'groupPanel.phase': 'Giai đoạn thực hiện',
	'groupPanel.notes': 'Ghi chú',
	'groupPanel.allCommunesOf': 'mọi xã của',
	'groupPanel.unlock': 'Mở khoá',
	'groupPanel.lockGroup': 'Khoá nhóm',
	'groupPanel.deleteGroup': 'Xoá nhóm',
	'historyList.empty': '(trống)',
	'historyList.by': 'người sửa',
	'historyList.note': 'ghi chú',
	'historyList.noChangeRecordedYet': 'Chưa có thay đổi nào được ghi lại.',
	'mapView.loadingUnitBoundaries': 'Đang tải ranh giới các đơn vị…',
	'ratioBar.measuredAgainstTheP1Line': (p: { p1: Arg }) => `Đo so với vạch ${p.p1} tiêu chuẩn.`,
	'reviewBar.approvedItCanNoLonger': 'Đã phê duyệt: không sửa được nữa.',
	'reviewBar.underReviewItCannotChange': 'Đang chờ thẩm định: không sửa được.',
	'reviewBar.editACopy': 'Sửa trên bản sao',
	'reviewBar.reasonForReturningRequired': 'Lý do trả lại (bắt buộc)…',
	'reviewBar.reasonForReturning': 'Lý do trả lại',
	'reviewBar.cancel': 'Huỷ',
	'reviewBar.changeLog': 'Nhật ký thay đổi',
	'reviewBar.returned': 'Trả lại',
	'reviewBar.openComments': 'Bình luận chưa giải quyết',
	'staffingEstimateCell.special': 'đặc biệt',
	'staffingEstimateCell.specialClass': 'Loại đặc biệt',
	'staffingEstimateCell.classCommuneclass': (p: { communeClass: Arg }) => `Loại ${p.communeClass}`,
	'staffingEstimateCell.estimate': 'ước tính',
	'staffingEstimateCell.otherCriteriaBudgetNewRural': (p: { p1: Arg }) =>
		`Chưa tính điểm các tiêu chí khác (thu ngân sách, nông thôn mới, yếu tố đặc thù): có thể đạt đến loại ${p.p1}.`,
	'staffingEstimateCell.lowerBound': 'tối thiểu',
	'staffingEstimateCell.islandUnitPointLevelsAt': 'Đơn vị ở hải đảo: các mức tính điểm 20% (cần xác minh)',
	'staffingEstimateCell.island': 'hải đảo',
	'staffingEstimateCell.p1PointsPopulationP2Area': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`${p.p1} điểm (dân số ${p.p2} + diện tích ${p.p3})`,
	'staffingEstimateCell.notAvailableP2Missing': (p: { p1: Arg; p2: Arg }) => `chưa tính được: thiếu ${p.p1}`,
	'staffingGrid.pendinglengthUnsavedCells': (p: { pendingLength: Arg }) => `${p.pendingLength} ô chưa lưu.`,
	'staffingGrid.saveThem': 'Lưu các ô này',
	'staffingGrid.discardUnsavedChanges': 'Bỏ các thay đổi chưa lưu',
	'staffingGrid.areaComputedFromTheBoundary': 'Diện tích tính từ ranh giới',
	'staffingGrid.showMoreP1OfP2': (p: { p1: Arg; p2: Arg }) => `Hiện thêm (đang hiện ${p.p1}/${p.p2} dòng)`,
	'staffingGridHead.class': 'Phân loại',
	'staffingGridHead.estimateFromThePointsEstimaterules': (p: { estimateRules: Arg }) =>
		`Ước tính theo điểm (${p.estimateRules}) từ dân số và diện tích`,
	'staffingGridHead.estimateEstimaterules': (p: { estimateRules: Arg }) => `Ước tính (${p.estimateRules})`,
	'staffingGridHelp.keyboardEntryAndPastingFrom': 'Nhập nhanh bằng bàn phím và dán từ Excel',
	'staffingGridHelp.tabShiftTabNextPrevious':
		'Tab / Shift+Tab: sang ô kế tiếp / ô trước; Enter: lưu ô và xuống dòng dưới; các phím mũi tên: di chuyển giữa các ô; Esc: bỏ thay đổi của ô.',
	'staffingGridHelp.classCellType12': 'Ô phân loại: gõ 1, 2, 3 để chọn loại I, II, III; Delete để xoá.',
	'staffingGridHelp.copyABlockOfCells':
		'Sao chép một vùng ô trong Excel rồi dán (Ctrl+V) vào một ô: vùng được điền từ ô đó sang phải và xuống dưới theo thứ tự đang hiện, rồi lưu một lần. Nếu có ô không hợp lệ thì không lưu ô nào.',
	'staffingUpload.couldNotReachTheServer': 'Không kết nối được máy chủ.',
	'staffingUpload.importFromACsvFile': 'Nhập từ tệp CSV',
	'staffingUpload.csvFile': 'Tệp CSV',
	'staffingUpload.importing': 'Đang nhập…',
	'staffingUpload.import': 'Nhập',
	'staffingUpload.columns': 'Các cột',
	'staffingUpload.or': 'hoặc',
	'staffingUpload.emptyCellsKeepTheCurrent': 'Ô trống giữ nguyên số liệu cũ; có lỗi thì không ghi gì.',
	'staffingUpload.updatedUpdatedUnitsFromRows': (p: { updated: Arg; rows: Arg }) =>
		`Đã cập nhật ${p.updated} đơn vị từ ${p.rows} dòng.`,
	'subjectList.unitsSubjectToArrangement': 'Đơn vị thuộc diện sắp xếp',
	'subjectList.phase': 'Giai đoạn',
	'subjectList.halted': 'đã dừng',
	'subjectList.name': 'Tên',
	'subjectList.area': 'DT %',
	'subjectList.pop': 'DS %',
	'subjectList.exempt': 'không bắt buộc',
	'subjectList.noUnitIsSubjectTo': 'Không có đơn vị nào thuộc diện sắp xếp.',
	'unitComments.close': 'Đóng',
	'unitComments.inTheMergerGroupGroupname': (p: { groupName: Arg }) => `Thuộc nhóm sáp nhập «${p.groupName}».`,
	'unitComments.inNoMergerGroupOf': 'Không thuộc nhóm sáp nhập nào trong phương án này.',
	'unitComments.youCanReadTheComments': 'Bạn chỉ xem được bình luận.',
	'unitComments.commentsHereAreTiedTo': 'Bình luận ở đây gắn với đơn vị này và hiện dấu ✎ trên bản đồ.',
	'unitComments.commentsOnThisUnit': 'Bình luận về đơn vị này',
	'unitEditor.errorStatus': (p: { status: Arg }) => `Lỗi ${p.status}`,
	'unitEditor.notSavedTheServerCannot': 'Không lưu được: mất kết nối tới máy chủ.',
	'unitEditor.editTheInputs': 'Sửa số liệu đầu vào',
	'unitEditor.peopleTotal': 'Tổng số người',
	'unitEditor.permanentConvertedTemporary': '= thường trú + tạm trú quy đổi',
	'unitEditor.eG3512': 'ví dụ 3.512',
	'unitEditor.permanentResidents': 'Thường trú',
	'unitEditor.convertedTemporaryResidents': 'Tạm trú quy đổi',
	'unitEditor.asOf': 'Thời điểm',
	'unitEditor.dayMonthYear': 'ngày/tháng/năm',
	'unitEditor.source': 'Nguồn',
	'unitEditor.optionallyGiveTheTwoParts':
		'Có thể ghi hai phần: tổng = thường trú + tạm trú quy đổi (tiêu chuẩn dùng tổng). Để trống cả hai nếu chỉ có tổng.',
	'unitEditor.officialNaturalArea': 'Diện tích tự nhiên chính thức',
	'unitEditor.eG2327': 'ví dụ 23,27',
	'unitEditor.terrainAndSpecificFactors': 'Địa hình và yếu tố đặc thù',
	'unitEditor.terrain': 'Địa hình',
	'unitEditor.datasetDefault': 'theo mặc định của bộ dữ liệu',
	'unitEditor.mountainousHighland': 'miền núi, vùng cao',
	'unitEditor.other': 'khác',
	'unitEditor.ethnicMinorityShare': 'Tỷ lệ dân tộc thiểu số (%)',
	'unitEditor.landBorder': 'biên giới đất liền',
	'unitEditor.difficultCoastal': 'xã ven biển ĐBKK',
	'unitEditor.redRiverDelta': 'ĐB sông Hồng',
	'unitEditor.classI': 'loại I',
	'unitEditor.classIi': 'loại II',
	'unitEditor.classIii': 'loại III',
	'unitEditor.lastArranged': 'Đã sắp xếp giai đoạn',
	'unitEditor.never': 'chưa',
	'unitEditor.notRequiredToBeArranged': 'Không bắt buộc sắp xếp (khoản 1 Điều 3 NQ 35)',
	'unitEditor.noneRecorded': '— không ghi nhận —',
	'unitEditor.justification': 'Giải trình lý do…',
	'unitEditor.requestLetterOptional': 'Văn bản đề nghị (không bắt buộc)',
	'unitEditor.number': 'Số văn bản',
	'unitEditor.date': 'Ngày văn bản',
	'unitEditor.changeNoteKeptInThe': 'Ghi chú thay đổi (lưu vào nhật ký)',
	'unitEditor.save': 'Lưu',
	'unitPanel.landBorder': 'biên giới',
	'unitPanel.speciallyDifficultCoastal': 'xã ven biển đặc biệt khó khăn',
	'unitPanel.redRiverDelta': 'Đồng bằng sông Hồng',
	'unitPanel.in': 'thuộc',
	'unitPanel.permanent': 'thường trú',
	'unitPanel.convertedTemporary': 'tạm trú quy đổi',
	'unitPanel.asOf': 'số liệu',
	'unitPanel.missing': 'chưa có số liệu',
	'unitPanel.official': 'chính thức',
	'unitPanel.computedFromTheBoundary': 'tính từ ranh giới',
	'unitPanel.difference': 'chênh lệch',
	'unitPanel.overP2CheckTheData': (p: { p1: Arg; p2: Arg }) => `lệch quá ${p.p1}, cần kiểm tra số liệu`,
	'unitPanel.setOnTheUnit': 'của đơn vị',
	'unitPanel.datasetDefault': 'mặc định của bộ dữ liệu',
	'unitPanel.ethnicMinorityShare': 'Tỷ lệ dân tộc thiểu số',
	'unitPanel.specificFactors': 'Yếu tố đặc thù',
	'unitPanel.compactnessPolsbyPopper': 'Độ gọn của hình dạng (Polsby–Popper)',
	'unitPanel.1ADiscForInformation': '1 = hình tròn; chỉ để tham khảo, không phải tiêu chuẩn',
	'unitPanel.class': 'loại',
	'unitPanel.arrangedIn': 'Đã sắp xếp giai đoạn',
	'unitPanel.exemptionRecorded': 'Ghi nhận không sắp xếp',
	'unitPanel.requestLetter': 'Văn bản đề nghị',
	'unitPanel.no': 'số',
	'unitPanel.dated': 'ngày',
	'unitPanel.notGiven': 'chưa ghi',
	'unitPanel.recordedBy': 'Người ghi nhận',
	'unitPanel.history': 'Lịch sử',
	'unitPanel.theHistoryCouldNotBe': 'Không tải được lịch sử thay đổi.',
	'verdictPanel.the100LineTheStandard': 'Vạch 100% = tiêu chuẩn của loại đơn vị.',
	'verdictPanel.lineAppliedBelowP1Cite': (p: { p1: Arg; cite: Arg }) =>
		`Ngưỡng áp dụng: dưới ${p.p1} (${p.cite}) — đơn vị dưới ngưỡng này.`,
	'verdictPanel.againstTheLineBelowP1': (p: { p1: Arg; cite: Arg }) =>
		`So với ngưỡng dưới ${p.p1} (${p.cite}); vạch 100% = tiêu chuẩn.`,
	'verdictPanel.automaticByLaw': 'tự động theo luật',
	'verdictPanel.recordedByAUser': 'do người dùng ghi nhận',
	'verdictPanel.naturalAreaVsTheStandard': 'Diện tích tự nhiên so với tiêu chuẩn',
	'verdictPanel.officialArea': 'diện tích chính thức',
	'verdictPanel.computedArea': 'diện tích tính từ ranh giới',
	'verdictPanel.populationVsTheStandard': 'Quy mô dân số so với tiêu chuẩn',
	'verdictPanel.standardApplied': 'Tiêu chuẩn áp dụng',
	'verdictPanel.population': 'Dân số',
	'verdictPanel.area': 'Diện tích',
	'verdictPanel.byLaw': 'Theo luật',
	'verdictPanel.afterReduction': 'Sau khi giảm',
	'verdictPanel.populationStandard': 'Tiêu chuẩn dân số',
	'verdictPanel.areaStandard': 'Tiêu chuẩn diện tích',
	'verdictPanel.reducedTo': 'còn',
	'verdictPanel.of': 'của',
	'verdictPanel.aStandardValueWasCorrected': 'Giá trị tiêu chuẩn đã được quản trị viên điều chỉnh.',
	'settingValue.yes': 'có',
	'settingValue.no': 'không',
	'staffingGroupCard.districtLevel': 'cấp huyện',
	'staffingGroupCard.communeLevel': 'cấp xã',
	'staffingGroupCard.class': 'Loại',
	'staffingGroupCard.cadresCivilServants': 'Cán bộ, công chức',
	'staffingGroupCard.source': 'Nguồn số liệu',
	'staffingGroupCard.nonProfessional': 'Không chuyên trách',
	'staffingGroupCard.leaders': 'Lãnh đạo',
	'staffingGroupCard.offices': 'Trụ sở',
	'staffingGroupCard.newUnit': 'Đơn vị mới',
	'staffingGroupCard.normAfter': 'định mức sau',
	'staffingGroupCard.cadresAndCivilServants': 'cán bộ, công chức',
	'staffingGroupCard.leadersLoseTheirPostAnd': 'lãnh đạo thôi giữ chức vụ, giữ nguyên lương và phụ cấp',
	'staffingGroupCard.months': 'tháng',
	'staffingGroupCard.saving': 'Tiết kiệm',
	'staffingGroupCard.year': 'năm',
	'staffingGroupCard.classOfTheNewUnit': 'Loại đơn vị mới',
	'staffingGroupCard.defaultHighestMemberClassAssumption': 'mặc định: loại cao nhất của các đơn vị cũ (giả định)',
	'staffingGroupCard.endOfTheLeadersTerm': 'Hết nhiệm kỳ của lãnh đạo (để tính thời gian giữ lương)',
	'staffingPlanTable.retirements': 'Nghỉ hưu',
	'staffingPlanTable.transfers': 'Điều chuyển',
	'staffingPlanTable.streamliningLeaves': 'Nghỉ tinh giản',
	'staffingPlanTable.men': 'Nam',
	'staffingPlanTable.women': 'Nữ',
	'staffingPlanTable.roadmapToAbsorbTheSurplus': 'Lộ trình giải quyết dôi dư (5 năm)',
	'staffingPlanTable.deadline': 'hạn',
	'staffingPlanTable.year': 'Năm',
	'staffingPlanTable.headcountAtYearEnd': 'Biên chế cuối năm',
	'staffingPlanTable.retirementsEstimatedFromTheAge': 'số nghỉ hưu ước tính từ cơ cấu độ tuổi',
	'staffingPlanTable.surplusLeft': 'Còn dôi dư',
	'staffingPlanTable.estimateRetirementsFromTheAge':
		'Ước tính số nghỉ hưu từ cơ cấu độ tuổi (năm nào chưa nhập số nghỉ hưu)',
	'staffingPlanTable.age': 'Tuổi',
	'staffingPlanTable.theRoadmapMissesTheDeadline': (p: { p1: Arg; shortfall: Arg }) =>
		`Lộ trình chưa đạt: đến hạn ${p.p1} vẫn còn ${p.shortfall} người dôi dư.`,
	'staffingTotals.districtLevelGroups': 'các nhóm cấp huyện',
	'staffingTotals.communeLevelGroups': 'các nhóm cấp xã',
	'staffingTotals.districtAndCommuneLevelGroups': 'các nhóm cấp huyện và cấp xã',
	'staffingTotals.totalsOfCountedlengthScope': (p: { countedLength: Arg; p1: Arg; scope: Arg }) =>
		`Tổng của ${p.countedLength} ${p.p1}`,
	'staffingTotals.missingGroupsWithoutStaffFigures': (p: { missing: Arg }) =>
		`${p.missing} nhóm chưa có số liệu biên chế, không tính vào tổng`,
	'staffingTotals.noGroupHasStaffFigures': 'Chưa có số liệu biên chế của nhóm nào: các tổng dưới đây chưa có số liệu.',
	'staffingTotals.staffBefore': 'Biên chế trước sắp xếp',
	'staffingTotals.membersonquotaUnitsWithoutActualCounts': (p: { membersOnQuota: Arg }) =>
		`${p.membersOnQuota} đơn vị chưa nhập số thực tế: tính theo định mức`,
	'staffingTotals.actualCounts': 'số thực tế',
	'staffingTotals.normAfterDecree332023': 'Định mức sau sắp xếp (Nghị định 33/2023)',
	'staffingTotals.surplusAgainstTheDecree33': 'Dôi dư so với định mức Nghị định 33/2023/NĐ-CP',
	'staffingTotals.nonProfessionalWorkers': 'người hoạt động không chuyên trách',
	'staffingTotals.leadersLosingTheirPost': 'Lãnh đạo thôi giữ chức vụ',
	'staffingTotals.officesBeforeAfter': 'Trụ sở trước → sau',
	'staffingTotals.annualPayrollSaving': 'Tiết kiệm chi lương mỗi năm',
	'staffingTotals.oneOffCostOfLeaves': 'Chi phí chính sách nghỉ (một lần)',
	'staffingTotals.deadlineToAbsorbTheSurplus': 'Hạn giải quyết dôi dư: 5 năm (khoản 3 Điều 11 NQ 35)',
	'staffingTotals.met': 'Đạt',
	'staffingTotals.missed': 'Chưa đạt',
	'staffing.surplusOffices.surplusOffices': 'Trụ sở dôi dư',
	'staffing.surplusOffices.officeOfUnit': 'Trụ sở của đơn vị',
	'staffing.surplusOffices.surplusOfficeNo': 'Trụ sở dôi dư thứ',
	'staffing.surplusOffices.by': 'hạn',
	'staffing.surplusOffices.default3Years': 'mặc định 3 năm',
	'staffing.surplusOffices.plannedUse': 'Phương án sử dụng',
	'staffing.surplusOffices.notPlanned': 'chưa có phương án',
	'staffing.surplusOffices.targetDate': 'Thời hạn xử lý',
	'consultation.csv.lineP1MalformedCsvUnclosed': (p: { p1: Arg }) =>
		`Dòng ${p.p1}: CSV sai cấu trúc (dấu ngoặc kép không đóng).`,
	'consultation.csv.theCsvFileHasNo': 'Tệp CSV không có dòng số liệu nào.',
	'consultation.csv.unitCodeCode': 'mã đơn vị (code)',
	'consultation.csv.votersVoters': 'tổng số cử tri (voters)',
	'consultation.csv.votersAgreeingAgreeing': 'số cử tri đồng ý (agreeing)',
	'consultation.csv.line1HeaderMissingColumn': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`Dòng 1 (tiêu đề): thiếu cột ${p.p1}. Các cột đọc được: ${p.p2}.`,
	'consultation.csv.lineLineP1P3': (p: { line: Arg; p1: Arg; p2: Arg; p3: Arg }) => `Dòng ${p.line}${p.p1}: ${p.p2}.`,
	'consultation.csv.unitCodeMissing': 'thiếu mã đơn vị',
	'consultation.csv.codeRawIsNotA': (p: { raw: Arg }) =>
		`mã ${p.raw} không phải đơn vị thuộc nhóm sắp xếp nào của phương án`,
	'consultation.csv.theUnitIsAlreadyOn': (p: { p1: Arg }) => `đơn vị đã có ở dòng ${p.p1}`,
	'consultation.csv.columnP1En': (p: { p1: Arg; vi: Arg; en: Arg }) => `cột "${p.p1}": ${p.vi}`,
	'consultation.csv.theNumberOfVotersIs': 'thiếu tổng số cử tri',
	'consultation.csv.votersMustBeMoreThan': 'tổng số cử tri phải lớn hơn 0',
	'consultation.csv.theNumberAgreeingIsMissing': 'thiếu số cử tri đồng ý',
	'consultation.rules.noConsultationResultEntered': 'Chưa nhập kết quả lấy ý kiến cử tri.',
	'consultation.rules.incompleteBothTheNumberOf': 'Chưa đủ số liệu: cần cả tổng số cử tri và số cử tri đồng ý.',
	'consultation.rules.p5OfVotersAgreeP6': (p: {
		p1: Arg;
		p2: Arg;
		p3: Arg;
		p4: Arg;
		p5: Arg;
		p6: Arg;
		p7: Arg;
		p8: Arg;
	}) => `${p.p1} cử tri đồng ý (${p.p2}), trên ${p.p3} theo ${p.p4}.`,
	'consultation.rules.onlyP5OfVotersAgree': (p: {
		p1: Arg;
		p2: Arg;
		p3: Arg;
		p4: Arg;
		p5: Arg;
		p6: Arg;
		p7: Arg;
		p8: Arg;
	}) => `Chỉ ${p.p1} cử tri đồng ý (${p.p2}): không trên ${p.p3} như ${p.p4} yêu cầu.`,
	'consultation.summary.notagreedNotAbovePct': (p: { notAgreed: Arg; pct: Arg }) =>
		`, ${p.notAgreed} đơn vị không đạt trên ${p.pct}%`,
	'consultation.summary.consultationCompletelengthNUnitsEntered': (p: {
		completeLength: Arg;
		n: Arg;
		vi: Arg;
		councilsWithResolution: Arg;
		expectedLength: Arg;
		en: Arg;
	}) =>
		`Lấy ý kiến: ${p.completeLength}/${p.n} đơn vị đã nhập${p.vi}; nghị quyết HĐND: ${p.councilsWithResolution}/${p.expectedLength}.`,
	'consultation.validate.voters': 'Tổng số cử tri',
	'consultation.validate.votersAgreeing': 'Số cử tri đồng ý',
	'consultation.validate.dateOfTheConsultation': 'Ngày lấy ý kiến',
	'consultation.validate.note': 'Ghi chú',
	'consultation.validate.noteLongerThanMaxNote': (p: { MAX_NOTE: Arg }) => `ghi chú dài quá ${p.MAX_NOTE} ký tự`,
	'consultation.validate.mustBeANumber': 'phải là một số',
	'consultation.validate.cannotBeNegative': 'không được âm',
	'consultation.validate.mustBeAWholeNumber': 'phải là số nguyên',
	'consultation.validate.mustBeText': 'phải là chữ',
	'consultation.validate.longerThanMaxNoteCharacters': (p: { MAX_NOTE: Arg }) => `dài quá ${p.MAX_NOTE} ký tự`,
	'consultation.validate.moreVotersAgreeingAgreeingThan': (p: { agreeing: Arg; voters: Arg }) =>
		`số cử tri đồng ý (${p.agreeing}) nhiều hơn tổng số cử tri (${p.voters})`,
	'consultation.validate.noRowsToSave': 'Thiếu danh sách "rows" cần lưu.',
	'consultation.validate.tooManyRowsAtMost': (p: { MAX_VOTE_ROWS: Arg }) =>
		`Quá nhiều dòng (tối đa ${p.MAX_VOTE_ROWS}).`,
	'consultation.validate.rowRowP1P3': (p: { row: Arg; p1: Arg; p2: Arg; p3: Arg }) => `Dòng ${p.row}${p.p1}: ${p.p2}.`,
	'consultation.validate.thisUnitIsInNone': 'đơn vị này không thuộc nhóm sắp xếp nào của phương án',
	'consultation.validate.codeAppearsTwiceRowP1': (p: { p1: Arg }) => `mã xuất hiện hai lần (dòng ${p.p1})`,
	'consultation.validate.noPatchGiven': 'thiếu nội dung sửa',
	'consultation.validate.fieldFieldCannotBeEdited': (p: { field: Arg }) => `trường "${p.field}" không sửa được ở đây`,
	'consultation.validate.p2En': (p: { p1: Arg; vi: Arg; p2: Arg; en: Arg }) => `${p.p1} ${p.vi}`,
	'consultation.validate.theCouncilLevelMustBe': 'Cấp HĐND phải là xã, huyện hoặc tỉnh.',
	'consultation.validate.chooseTheUnitWhoseCouncil': 'Chọn đơn vị có HĐND đã biểu quyết.',
	'consultation.validate.unitUnitcodeIsNotAn': (p: { unitCode: Arg; p1: Arg; p2: Arg }) =>
		`Đơn vị ${p.unitCode} không phải ${p.p1} chịu ảnh hưởng của phương án.`,
	'consultation.validate.giveTheResolutionNumberE': 'Ghi số nghị quyết (ví dụ 15/NQ-HĐND).',
	'consultation.validate.giveTheResolutionDate': 'Ghi ngày của nghị quyết.',
	'consultation.validate.enMustBeAWhole': (p: { vi: Arg; en: Arg }) => `${p.vi} phải là số nguyên không âm.`,
	'consultation.validate.noteLongerThanMaxNote2': (p: { MAX_NOTE: Arg }) => `Ghi chú dài quá ${p.MAX_NOTE} ký tự.`,
	'dossier.build.partINecessityAndLegal': 'Phần I. SỰ CẦN THIẾT VÀ CĂN CỨ PHÁP LÝ',
	'dossier.build.legalBasis': 'Căn cứ pháp lý',
	'dossier.build.necessity': 'Sự cần thiết',
	'dossier.build.partIiCurrentStateOf': 'Phần II. HIỆN TRẠNG ĐƠN VỊ HÀNH CHÍNH THUỘC DIỆN SẮP XẾP',
	'dossier.build.partIiiTheArrangementPlan': 'Phần III. PHƯƠNG ÁN SẮP XẾP',
	'dossier.build.partIvStaffAndSurplus': 'Phần IV. PHƯƠNG ÁN BỐ TRÍ CÁN BỘ, CÔNG CHỨC VÀ GIẢI QUYẾT TRỤ SỞ DÔI DƯ',
	'dossier.build.partVResidentsWhoseDocuments': 'Phần V. ẢNH HƯỞNG ĐẾN NGƯỜI DÂN (CHUYỂN ĐỔI GIẤY TỜ)',
	'dossier.build.partViPublicConsultationAnd': 'Phần VI. KẾT QUẢ LẤY Ý KIẾN CỬ TRI VÀ BIỂU QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN',
	'dossier.build.noConsultationResultsOrCouncil':
		'Chưa nhập kết quả lấy ý kiến cử tri và nghị quyết của Hội đồng nhân dân các cấp.',
	'dossier.build.appendix': 'PHỤ LỤC',
	'dossier.build.unitsSubjectToArrangementThat': 'Đơn vị hành chính thuộc diện sắp xếp nhưng không thực hiện sắp xếp',
	'dossier.build.unitsSubjectToArrangementWithout': 'Đơn vị thuộc diện sắp xếp chưa có phương án',
	'dossier.build.table': 'Bảng',
	'dossier.build.figure': 'Hình',
	'dossier.build.mapOfTheUnitsBefore': 'Bản đồ hiện trạng đơn vị hành chính trước sắp xếp',
	'dossier.build.mapOfTheUnitsAfter': 'Bản đồ đơn vị hành chính sau sắp xếp',
	'dossier.build.mapOf': 'Sơ đồ',
	'dossier.build.numberDateAndTitleTo': '(*) Số, ngày, trích yếu văn bản cần đối chiếu với bản gốc trước khi ban hành.',
	'dossier.build.recipients': 'Nơi nhận',
	'dossier.build.onBehalfOfThePeople': 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
	'dossier.build.provinceProvince': (p: { kindVi: Arg; province: Arg }) => `${p.kindVi} ${p.province}`,
	'dossier.build.socialistRepublicOfVietNam': 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
	'dossier.build.independenceFreedomHappiness': 'Độc lập - Tự do - Hạnh phúc',
	'dossier.build.peopleSCommitteeOfP2': (p: { p1: Arg; p2: Arg }) => `ỦY BAN NHÂN DÂN ${p.p1} ${p.p2}`,
	'dossier.build.noDaUbnd': 'Số:        /ĐA-UBND',
	'dossier.build.provinceP1': (p: { province: Arg; p1: Arg }) => `${p.province}, ${p.p1}`,
	'dossier.build.scheme': 'ĐỀ ÁN',
	'dossier.build.arrangementOfTheWhatenAdministrative': (p: {
		whatVi: Arg;
		periodVi: Arg;
		kindVi: Arg;
		province: Arg;
		whatEn: Arg;
		periodEn: Arg;
	}) => `Sắp xếp đơn vị hành chính ${p.whatVi}${p.periodVi} của ${p.kindVi} ${p.province}`,
	'dossier.build.mergedIntoP1': (p: { p1: Arg }) => `Nhập để thành lập ${p.p1}`,
	'dossier.build.notRequiredP1': (p: { p1: Arg }) => `Không bắt buộc sắp xếp: ${p.p1}`,
	'dossier.build.noPlanYet': 'Chưa có phương án',
	'dossier.build.provinceProvinceHasP2District': (p: { p1: Arg; province: Arg; p2: Arg; p3: Arg }) =>
		`${p.p1} ${p.province} hiện có ${p.p2} đơn vị hành chính cấp huyện và ${p.p3} đơn vị hành chính cấp xã.`,
	'dossier.build.measuredAgainstTheAreaAnd': (p: {
		p1: Arg;
		p2: Arg;
		p3: Arg;
		p4: Arg;
		phaseText: Arg;
		p5: Arg;
		p6: Arg;
	}) =>
		`Đối chiếu với tiêu chuẩn về diện tích tự nhiên và quy mô dân số${p.p1}, ${p.p2} có ${p.p3} đơn vị hành chính cấp huyện và ${p.p4} đơn vị hành chính cấp xã thuộc diện sắp xếp giai đoạn ${p.phaseText} (${p.p5}), chi tiết tại Bảng dưới đây.`,
	'dossier.build.unitsSubjectToArrangementPhasetext': (p: { phaseText: Arg }) =>
		`Danh sách đơn vị hành chính thuộc diện sắp xếp giai đoạn ${p.phaseText}`,
	'dossier.build.currentState': 'Hiện trạng',
	'dossier.build.no': 'STT',
	'dossier.build.unit': 'Tên đơn vị',
	'dossier.build.kind': 'Loại',
	'dossier.build.clause': 'Căn cứ',
	'dossier.build.treatment': 'Phương án',
	'dossier.build.figuresAsOfRefdate': (p: { refDate: Arg }) => `Số liệu đến ngày ${p.refDate}.`,
	'dossier.build.theDatasetHasNoReference': 'Bộ dữ liệu chưa ghi thời điểm số liệu.',
	'dossier.build.theWholeAreaAndPopulation': (p: {
		memberList: Arg;
		kindText: Arg;
		plainName: Arg;
		p1: Arg;
		p2: Arg;
		p3: Arg;
		p4: Arg;
		name: Arg;
	}) =>
		`Nhập toàn bộ diện tích tự nhiên, quy mô dân số của ${p.memberList} để thành lập ${p.kindText} mới có tên gọi là ${p.kindText} ${p.plainName}. Sau khi sắp xếp, ${p.kindText} ${p.plainName} có diện tích tự nhiên ${p.p1} (đạt ${p.p2} so với tiêu chuẩn), quy mô dân số ${p.p3} người (đạt ${p.p4} so với tiêu chuẩn).`,
	'dossier.build.seatThePresentSeatOf': (p: { name: Arg }) => `Trụ sở làm việc đặt tại trụ sở ${p.name} hiện nay.`,
	'dossier.build.noSeatChosenYet': 'Chưa chọn trụ sở làm việc.',
	'dossier.build.afterTheArrangementProvinceProvince': (p: {
		p1: Arg;
		province: Arg;
		p2: Arg;
		p3: Arg;
		p4: Arg;
		p5: Arg;
	}) =>
		`Sau khi sắp xếp, ${p.p1} ${p.province} có ${p.p2} đơn vị hành chính cấp huyện (giảm ${p.p3} đơn vị) và ${p.p4} đơn vị hành chính cấp xã (giảm ${p.p5} đơn vị).`,
	'dossier.build.thePlanNewUnits': 'Phương án sắp xếp: đơn vị hành chính mới',
	'dossier.build.plan': 'Phương án',
	'dossier.build.codeKept': 'Mã giữ lại',
	'dossier.build.level': 'Cấp',
	'dossier.build.unitsMerged': 'Đơn vị sắp xếp',
	'dossier.build.verdict': 'Kết quả',
	'dossier.build.unitsMerged2': 'Đơn vị hành chính thực hiện sắp xếp',
	'dossier.build.members': 'Đơn vị sắp xếp',
	'dossier.build.kept': 'Không sắp xếp',
	'dossier.build.reason': 'Lý do',
	'dossier.build.justification': 'Thuyết minh',
	'dossier.build.staffOfTheMergedUnits': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg; p5: Arg }) =>
		`Tổng số cán bộ, công chức cấp xã, cấp huyện của các đơn vị thực hiện sắp xếp là ${p.p1} người; số lượng theo quy định sau sắp xếp là ${p.p2} người; số dôi dư là ${p.p3} người (so với định mức của Nghị định số 33/2023/NĐ-CP đối với cấp xã). Số người hoạt động không chuyên trách dôi dư: ${p.p4} người. Số người thôi giữ chức vụ lãnh đạo: ${p.p5} người.`,
	'dossier.build.planToResolveTheSurplus': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg; p5: Arg; p6: Arg }) =>
		`Lộ trình giải quyết số lượng dôi dư trong thời hạn 05 năm kể từ ngày nghị quyết của Ủy ban Thường vụ Quốc hội có hiệu lực (${p.p1}${p.p2}${p.p3}): ${p.p4}.`,
	'dossier.build.officesP1BeforeP2After': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg; p5: Arg; p6: Arg }) =>
		`Trụ sở: trước sắp xếp ${p.p1}, sau sắp xếp ${p.p2}, dôi dư ${p.p3}. Khi giải quyết xong số dôi dư, tiết kiệm chi thường xuyên khoảng ${p.p4}/năm${p.p5}.`,
	'dossier.build.staffAndOfficesBeforeAnd': 'Cán bộ, công chức và trụ sở trước, sau sắp xếp',
	'dossier.build.staffBefore': 'CBCC hiện có',
	'dossier.build.quotaAfter': 'CBCC theo quy định',
	'dossier.build.surplus': 'CBCC dôi dư',
	'dossier.build.nonProfSurplus': 'Không chuyên trách dôi dư',
	'dossier.build.leadersLosingPost': 'Lãnh đạo thôi chức vụ',
	'dossier.build.officesBefore': 'Trụ sở trước',
	'dossier.build.officesAfter': 'Trụ sở sau',
	'dossier.build.total': 'Tổng cộng',
	'dossier.build.fiveYearPlanForThe': 'Lộ trình giải quyết cán bộ, công chức dôi dư (05 năm)',
	'dossier.build.fiveYearPlan': 'Lộ trình 5 năm',
	'dossier.build.year': 'Năm thứ',
	'dossier.build.headcount': 'Số có mặt cuối năm',
	'dossier.build.norm': 'Định mức',
	'dossier.build.transfers': 'Điều động, luân chuyển',
	'dossier.build.streamliningLeaves': 'Tinh giản, nghỉ việc',
	'dossier.build.remainingSurplus': 'Còn dôi dư',
	'dossier.build.useOfTheSurplusOffices': 'Phương án sử dụng trụ sở dôi dư',
	'dossier.build.officeOf': 'Trụ sở của',
	'dossier.build.targetDate': 'Thời hạn',
	'dossier.build.residentsWhoseDocumentsChangeP1': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg; p5: Arg }) =>
		`Tổng số người dân phải chuyển đổi giấy tờ do thay đổi đơn vị hành chính: ${p.p1} người, trong đó ${p.p2} người thuộc ${p.p3} đơn vị cấp xã nhập vào đơn vị khác và ${p.p4} người thuộc ${p.p5} đơn vị cấp xã thay đổi đơn vị cấp huyện.`,
	'dossier.build.populationMissingForP1Counted': (p: { p1: Arg }) =>
		`Chưa có số liệu dân số của ${p.p1} (tính bằng 0).`,
	'dossier.build.residentsAffectedByNewUnit': 'Số người dân phải chuyển đổi giấy tờ theo đơn vị mới',
	'dossier.build.residents': 'Người dân',
	'dossier.build.codesRetired': 'Mã không còn sử dụng',
	'dossier.build.persons': 'Số người (người)',
	'dossier.build.totalDistinct': 'Tổng cộng (không trùng)',
	'dossier.build.underP2UnitsBelowThe': (p: { p1: Arg; p2: Arg }) =>
		`Thực hiện ${p.p1}, việc sắp xếp các đơn vị hành chính cấp huyện, cấp xã chưa đạt tiêu chuẩn về diện tích tự nhiên và quy mô dân số nhằm tổ chức hợp lý đơn vị hành chính các cấp, phù hợp với điều kiện phát triển kinh tế - xã hội, gắn với sắp xếp tổ chức bộ máy, tinh giản biên chế, nâng cao hiệu lực, hiệu quả hoạt động của bộ máy chính quyền địa phương.`,
	'dossier.build.thePlanRestsOnThe': (p: { p1: Arg; province: Arg }) =>
		`Phương án được xây dựng trên cơ sở số liệu về diện tích tự nhiên, quy mô dân số của từng đơn vị hành chính ${p.p1} ${p.province}, bảo đảm thận trọng, chặt chẽ, phù hợp với điều kiện thực tiễn và tạo sự đồng thuận của Nhân dân.`,
	'dossier.tables.publicConsultation': 'Kết quả lấy ý kiến cử tri',
	'dossier.tables.agreeing': 'Số cử tri đồng ý',
	'dossier.tables.rate': 'Tỷ lệ đồng ý',
	'dossier.tables.date': 'Ngày',
	'dossier.tables.notAbove50': 'Không quá 50%',
	'dossier.tables.moreThan50OfThe': (p: { clauseText: Arg }) => `Tỷ lệ cử tri đồng ý phải trên 50% (${p.clauseText}).`,
	'dossier.tables.commune': 'cấp xã',
	'dossier.tables.district': 'cấp huyện',
	'dossier.tables.province': 'cấp tỉnh',
	'dossier.tables.peopleSCouncilP1Unit': (p: {
		p1: Arg;
		unit: Arg;
		number: Arg;
		p2: Arg;
		p3: Arg;
		p4: Arg;
		p5: Arg;
		votesFor: Arg;
		votesAgainst: Arg;
		votesAbstaining: Arg;
	}) =>
		`- Hội đồng nhân dân ${p.p1}${p.unit}: Nghị quyết số ${p.number} ngày ${p.p2}; tán thành ${p.p3}, không tán thành ${p.p4}, không biểu quyết ${p.p5}.`,
	'dossier.tables.unitsFormingName': (p: { name: Arg }) => `Các đơn vị hợp thành ${p.name}`,
	'dossier.tables.naturalAreaKm': 'Diện tích tự nhiên (km²)',
	'dossier.tables.ofStandard': 'Tỷ lệ so với tiêu chuẩn',
	'dossier.tables.population': 'Quy mô dân số (người)',
	'dossier.tables.ofAreaStandard': 'Tỷ lệ so với tiêu chuẩn diện tích',
	'dossier.tables.populationPersons': 'Quy mô dân số (người)',
	'dossier.tables.ofPopulationStandard': 'Tỷ lệ so với tiêu chuẩn dân số',
	'dossier.unitsAfter.unchanged': 'Giữ nguyên',
	'dossier.unitsAfter.receivingUnitCodeKept': 'Nhận sáp nhập, giữ mã',
	'dossier.unitsAfter.mergedIntoTheNewUnit': 'Sáp nhập vào đơn vị mới, mã bỏ',
	'geo.quality.invalidPositionsDropped': 'bỏ tọa độ không hợp lệ',
	'geo.quality.unclosedRingClosed': 'khép kín vòng chưa đóng',
	'geo.quality.duplicatePointsRemoved': 'bỏ điểm trùng lặp',
	'geo.quality.spikesRemoved': 'bỏ gai nhọn',
	'geo.quality.degenerateRingDropped': 'bỏ vòng suy biến',
	'geo.quality.invalidPolygonDropped': 'bỏ đa giác không hợp lệ',
	'geo.quality.ringOrientationFixed': 'đảo chiều vòng',
	'geo.quality.selfIntersectingPolygonRebuilt': 'dựng lại đa giác tự cắt',
	'numberInput.p1IsNotANumber': (p: { p1: Arg }) =>
		`"${p.p1}" không đọc được thành số: ghi chữ số, dấu chấm ngăn hàng nghìn, dấu phẩy trước phần thập phân (ví dụ 3.512 hoặc 23,27)`,
	'numberInput.tIsNotADate': (p: { t: Arg }) =>
		`"${p.t}" không phải ngày: ghi theo dạng ngày/tháng/năm, ví dụ 31/12/2022`,
	'planner.text.meetsBothStandards': 'đạt cả hai tiêu chuẩn',
	'planner.text.meetsTheAreaStandardOnly': 'chỉ đạt tiêu chuẩn diện tích',
	'planner.text.meetsThePopulationStandardOnly': 'chỉ đạt tiêu chuẩn dân số',
	'planner.text.meetsNeitherStandard': 'không đạt tiêu chuẩn nào',
	'planner.text.cannotBeJudgedMissingFigures': 'chưa đánh giá được (thiếu số liệu)',
	'planner.text.theUnitIsProtectedNever': 'Đơn vị được chọn giữ nguyên (không động đến).',
	'planner.text.noAdjacentUnitOfIts':
		'Không có đơn vị cùng cấp nào liền kề (đảo hoặc tách biệt): cần xem xét không sắp xếp theo khoản 1 Điều 3 NQ 35.',
	'planner.text.everyAdjacentUnitIsIn': (p: { rel: Arg }) =>
		`Mọi đơn vị liền kề đều thuộc huyện khác (${p.rel}): cho phép nhập qua ranh giới huyện để ghép.`,
	'planner.text.itsAdjacentUnitsRelAre': (p: { rel: Arg }) =>
		`Các đơn vị liền kề (${p.rel}) đều được giữ nguyên, đã được miễn hoặc đã ở trong nhóm khác.`,
	'planner.text.everyCombinationWithAdjacentUnits': (p: { p1: Arg; p2: Arg }) =>
		`Mọi cách ghép với đơn vị liền kề đều không đạt tiêu chuẩn nào${p.p1}.`,
	'planner.text.noAdjacentUnitLeftP3': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`Không còn đơn vị liền kề để ghép: ${p.p1} đã được dùng cho nhóm khác có lợi hơn${p.p2}.`,
	'planner.text.populationOrAreaFiguresAre': 'Thiếu số liệu dân số hoặc diện tích.',
	'planner.text.theSolverRanOutOf': 'Hết thời gian giải trước khi tìm được nhóm cho đơn vị này.',
	'planner.text.everyUnitThatMustBe':
		'Mỗi đơn vị thuộc diện phải sắp xếp được đưa vào đúng một nhóm; không ghép được thì báo lý do.',
	'planner.text.asFewUnitsChangedAnd': 'Càng ít đơn vị thay đổi và càng ít người dân phải đổi giấy tờ càng tốt.',
	'planner.text.aGroupMeetingOneStandard':
		'Nhóm chỉ đạt một tiêu chuẩn bị trừ điểm nặng; nhóm không đạt tiêu chuẩn nào còn nặng hơn để trống.',
	'planner.text.crossingADistrictLineWhen':
		'Nhập qua ranh giới huyện (nếu cho phép) và nhóm kém gọn (các thành viên ít giáp nhau) bị trừ điểm.',
	'rules.nq1122025.from2026TwoTierDatasets': 'Từ năm 2026: bộ dữ liệu hai cấp (tỉnh → xã, phường; không có cấp huyện)',
	'rules.nq1122025.mountainousHighlandCommune': 'xã miền núi, vùng cao',
	'rules.nq1122025.otherCommune': 'xã khác',
	'rules.nq1122025.islandCommune': 'xã ở hải đảo',
	'rules.nq1122025.ward': 'phường',
	'rules.nq1211.mountainousHighlandProvince': 'tỉnh miền núi, vùng cao',
	'rules.nq1211.otherProvince': 'tỉnh khác',
	'rules.nq1211.mountainousHighlandRuralDistrict': 'huyện miền núi, vùng cao',
	'rules.nq1211.otherRuralDistrict': 'huyện khác',
	'rules.nq1211.provincialCityCityInA': 'thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc trung ương',
	'rules.nq1211.townThiXa': 'thị xã',
	'rules.nq1211.urbanDistrict': 'quận',
	'rules.nq1211.wardOfAnUrbanDistrict': 'phường thuộc quận',
	'rules.nq1211.wardOfACity': 'phường thuộc thành phố',
	'rules.nq1211.wardOfATown': 'phường thuộc thị xã',
	'rules.nq1211.township': 'thị trấn',
	'rules.nq352023.phase20232025FiguresAs':
		'Giai đoạn 2023–2025 (số liệu đến 31/12/2022) và giai đoạn 2026–2030 (đã dừng từ tháng 3/2025); bộ dữ liệu có cấp huyện',
	'rules.nq762025.the2025RoundFiguresAs':
		'Đợt sắp xếp năm 2025 (số liệu đến 31/12/2024): chỉ sắp xếp cấp xã, không tổ chức cấp huyện từ 01/7/2025',
	'rules.nq762025.wardInACentrallyRun': 'phường thuộc thành phố trực thuộc trung ương',
	'rules.nq762025.wardInAMountainousOr': 'phường thuộc tỉnh miền núi, vùng cao hoặc biên giới',
	'rules.nq762025.wardInAnotherProvince': 'phường thuộc tỉnh khác',
	'scenario.compare.notAScenarioIdP1': (p: { p1: Arg }) => `Mã phương án không hợp lệ: ${p.p1}.`,
	'scenario.compare.chooseAtLeastCompareMin': (p: { COMPARE_MIN: Arg; idsLength: Arg }) =>
		`Chọn ít nhất ${p.COMPARE_MIN} phương án khác nhau để so sánh (đã chọn ${p.idsLength}).`,
	'scenario.compare.atMostCompareMaxScenarios': (p: { COMPARE_MAX: Arg; idsLength: Arg }) =>
		`Chỉ so sánh được tối đa ${p.COMPARE_MAX} phương án cùng lúc (đã chọn ${p.idsLength}).`,
	'scenario.compare.scenarioIdDoesNotBelong': (p: { id: Arg; datasetName: Arg }) =>
		`Phương án #${p.id} không thuộc bộ dữ liệu «${p.datasetName}»: chỉ so sánh được các phương án của cùng một bộ dữ liệu.`,
	'scenario.compare.thereIsNoScenarioId': (p: { id: Arg }) => `Không có phương án #${p.id} để so sánh.`,
	'scenario.compare.scenarioIdNameIsDeleted': (p: { id: Arg; name: Arg }) =>
		`Phương án #${p.id} «${p.name}» đã bị xoá nên không so sánh được; khôi phục nó ở danh sách phương án trước.`,
	'scenario.compare.districtLevelUnits': 'Đơn vị cấp huyện',
	'scenario.compare.communeLevelUnits': 'Đơn vị cấp xã',
	'scenario.compare.kindUnknown': 'Chưa rõ loại',
	'scenario.compare.inAMergerGroup': 'đã đưa vào nhóm',
	'scenario.compare.keptWithAReason': 'giữ nguyên có lý do',
	'scenario.compare.leftNotYetHandled': 'còn lại, chưa xử lý',
	'scenario.compare.newUnitsFormed': 'Đơn vị mới hình thành',
	'scenario.compare.meetingBothStandardsAreaPopulation': 'đạt cả hai tiêu chuẩn (diện tích, dân số)',
	'scenario.compare.meetingOneStandard': 'đạt một tiêu chuẩn',
	'scenario.compare.meetingNeitherStandard': 'chưa đạt tiêu chuẩn nào',
	'scenario.compare.notEnoughDataToJudge': 'chưa đủ số liệu để xét',
	'scenario.compare.residentsWhoseDocumentsChange': 'Người dân phải đổi giấy tờ',
	'scenario.compare.surplusCadresAndCivilServants': 'Cán bộ, công chức dôi dư (Nghị định 33/2023/NĐ-CP)',
	'scenario.compare.surplusNonProfessionalWorkers': 'người hoạt động không chuyên trách dôi dư',
	'scenario.compare.surplusOffices': 'trụ sở dôi dư',
	'scenario.compare.surplusAbsorbedWithin5Years': 'Giải quyết dôi dư trong 5 năm (khoản 3 Điều 11 NQ 35)',
	'scenario.compare.aComparisonTakesCompareMin': (p: { COMPARE_MIN: Arg; COMPARE_MAX: Arg }) =>
		`So sánh cần từ ${p.COMPARE_MIN} đến ${p.COMPARE_MAX} phương án.`,
	'scenario.lifecycle.theScenarioWasChangedElsewhere': (p: { currentVersion: Arg; expectedVersion: Arg }) =>
		`Phương án đã được sửa ở nơi khác (phiên bản hiện tại ${p.currentVersion}, thay đổi này dựa trên phiên bản ${p.expectedVersion}). Tải lại rồi làm lại thay đổi.`,
	'scenario.lifecycle.noScenarioId': (p: { id: Arg }) => `Không có phương án #${p.id}.`,
	'scenario.lifecycle.noDatasetId': (p: { id: Arg }) => `Không có bộ dữ liệu #${p.id}.`,
	'scenario.lifecycle.unknownRuleSetIdKnown': (p: { id: Arg; p1: Arg }) =>
		`Bộ quy tắc không rõ: ${p.id} (có: ${p.p1}).`,
	'scenario.lifecycle.aScenarioNameMustHave': 'Tên phương án phải có từ 1 đến 200 ký tự.',
	'scenario.lifecycle.scenarioIdIsDeletedRestorable': (p: { id: Arg; SCENARIO_RETENTION_DAYS: Arg }) =>
		`Phương án #${p.id} đã bị xoá (có thể khôi phục trong ${p.SCENARIO_RETENTION_DAYS} ngày); khôi phục trước khi sửa.`,
	'scenario.lifecycle.scenarioIdIsApprovedAnd': (p: { id: Arg }) =>
		`Phương án #${p.id} đã được phê duyệt nên không sửa được; hãy tạo bản sao để sửa.`,
	'scenario.lifecycle.scenarioIdIsSubmittedFor': (p: { id: Arg }) =>
		`Phương án #${p.id} đã trình và đang chờ xem xét nên không sửa được; hãy tạo bản sao để sửa.`,
	'scenario.lifecycle.nothingToUndo': 'Không còn thay đổi nào để hoàn tác.',
	'scenario.lifecycle.nothingToRedo': 'Không có thay đổi nào để làm lại.',
	'scenario.lifecycle.scenarioIdIsNotDeleted': (p: { id: Arg }) => `Phương án #${p.id} chưa bị xoá.`,
	'scenario.lifecycle.scenarioIdWasDeletedMore': (p: { id: Arg; SCENARIO_RETENTION_DAYS: Arg }) =>
		`Phương án #${p.id} đã bị xoá quá ${p.SCENARIO_RETENTION_DAYS} ngày, không khôi phục được.`,
	'scenario.status.submitForReview': 'Trình thẩm định',
	'scenario.status.withdraw': 'Rút lại',
	'scenario.status.approve': 'Phê duyệt',
	'scenario.status.return': 'Trả lại',
	'scenario.status.draft': 'dự thảo',
	'scenario.status.submitted': 'đã trình',
	'scenario.status.approved': 'đã phê duyệt',
	'scenario.status.returned': 'trả lại',
	'scenario.status.scenarioIdIsNowP3': (p: { id: Arg; p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`Phương án #${p.id} đã chuyển sang "${p.p1}" (bạn thấy "${p.p2}"). Tải lại trang.`,
	'scenario.status.scenarioIdIsP3And': (p: { id: Arg; p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`Phương án #${p.id} đang "${p.p1}", không chuyển sang "${p.p2}" được.`,
	'scenario.status.onlyReviewersApproveOrReturn': 'Chỉ người thẩm định mới được phê duyệt hoặc trả lại phương án.',
	'scenario.status.onlyEditorsSubmitOrWithdraw': 'Chỉ người biên tập mới được trình hoặc rút lại phương án.',
	'scenario.status.returningAScenarioNeedsA': 'Trả lại phương án cần ghi rõ lý do.',
	'scenario.status.theReasonIsLongerThan': 'Lý do dài quá 4000 ký tự.',
	'staffing.inputs.cadresAndCivilServantsIn': 'Cán bộ, công chức hiện có',
	'staffing.inputs.nonProfessionalWorkers': 'Người hoạt động không chuyên trách',
	'staffing.inputs.leaderPosts': 'Cán bộ lãnh đạo',
	'staffing.inputs.sIsNotAClass': (p: { s: Arg }) => `"${p.s}" không phải phân loại hợp lệ: chọn I, II hoặc III.`,
	'staffing.inputs.p1IsNegativeACount': (p: { p1: Arg }) => `"${p.p1}" là số âm: số lượng không được âm.`,
	'staffing.inputs.p1MustBeAWhole': (p: { p1: Arg }) => `"${p.p1}" phải là số nguyên.`,
	'staffing.inputs.p1IsNotANumber': (p: { p1: Arg }) => `"${p.p1}" không phải số.`,
	'staffing.inputs.classMustBeIIi': 'phân loại phải là I, II hoặc III',
	'staffing.inputs.aCountCannotBeNegative': 'số lượng không được âm',
	'staffing.inputs.noRowsToSave': 'thiếu danh sách "rows" cần lưu',
	'staffing.inputs.tooManyRowsAtMost': (p: { MAX_STAFFING_ROWS: Arg }) =>
		`quá nhiều dòng (tối đa ${p.MAX_STAFFING_ROWS})`,
	'staffing.inputs.codeCodeIsNotIn': (p: { code: Arg }) => `mã ${p.code} không có trong bộ dữ liệu`,
	'staffing.inputs.codeCodeAppearsTwiceRow': (p: { code: Arg; p1: Arg }) =>
		`mã ${p.code} xuất hiện hai lần (dòng ${p.p1})`,
	'staffing.inputs.p2ApplyToCommuneLevel': (p: { p1: Arg; p2: Arg }) => `${p.p1} chỉ nhập cho đơn vị cấp xã`,
	'staffing.scenario.staffingInputsMissing': 'Thiếu số liệu biên chế.',
	'staffing.scenario.theEffectiveDateMustBe': 'Ngày có hiệu lực phải có dạng YYYY-MM-DD.',
	'staffing.scenario.theTypicalLeaverIsNot': 'Thông tin người nghỉ điển hình không hợp lệ.',
	'staffing.scenario.unknownClassificationRuleSet': 'Bộ quy tắc phân loại không hợp lệ.',
	'staffing.scenario.groupIdClassMustBe': (p: { id: Arg }) => `Nhóm ${p.id}: loại phải là I, II hoặc III.`,
	'staffing.scenario.groupIdYearlyCountsMust': (p: { id: Arg }) =>
		`Nhóm ${p.id}: số người theo năm phải là số nguyên không âm.`,
	'staffing.scenario.groupIdInvalidAgeProfile': (p: { id: Arg }) => `Nhóm ${p.id}: cơ cấu độ tuổi không hợp lệ.`,
	'staffing.scenario.groupIdInvalidFigure': (p: { id: Arg }) => `Nhóm ${p.id}: số liệu không hợp lệ.`,
	'unitEdit.fieldKCannotBeEdited': (p: { k: Arg }) => `trường "${p.k}" không sửa được`,
	'unitEdit.populationMustBeAWhole': 'dân số phải là số nguyên không âm',
	'unitEdit.theNumberOfPeopleMust': 'số người phải là số nguyên không âm',
	'unitEdit.giveBothPermanentAndConverted': 'ghi cả dân số thường trú và tạm trú quy đổi, hoặc để trống cả hai',
	'unitEdit.populationMustEqualPermanentConverted': (p: { p1: Arg }) =>
		`dân số phải bằng thường trú + tạm trú quy đổi = ${p.p1}`,
	'unitEdit.areaMustBeAPositive': 'diện tích phải là số dương (km²)',
	'unitEdit.ethnicMinorityShareMustBe': 'tỷ lệ dân tộc thiểu số phải từ 0 đến 100%',
	'unitEdit.invalidTerrain': 'địa hình không hợp lệ',
	'unitEdit.mustBeYesNo': 'phải là có/không',
	'unitEdit.periodMustBe20192021': 'giai đoạn phải là 2019–2021 hoặc 2023–2025',
	'unitEdit.mustBeText': 'phải là văn bản',
	'unitEdit.theLetterSDateMust': 'ngày văn bản phải ghi theo dạng ngày/tháng/năm, ví dụ 31/12/2022',
	'unitEdit.reasonIsNotOneOf': 'lý do không thuộc danh mục của Nghị quyết',
	'unitEdit.aJustificationIsRequiredFor': 'cần ghi giải trình cho lý do không sắp xếp',
	'units.permanentConvertedTemporaryResidents': 'thường trú + tạm trú quy đổi',
	'map.scenarioOverlay.mergingTheBoundaryOfGroup': (p: { id: Arg; s: Arg }) =>
		`Ghép ranh giới nhóm ${p.id} quá thời gian cho phép (${p.s} giây). Thử lại hoặc chia nhỏ nhóm.`,
	'map.scenarioOverlay.couldNotMergeTheBoundary': (p: { id: Arg; error: Arg }) =>
		`Không ghép được ranh giới nhóm ${p.id}: ${p.error}`,
	'scenarioEditor.api.theScenarioWasJustChanged': (p: { currentVersion: Arg }) =>
		`Phương án vừa được sửa ở nơi khác (phiên bản ${p.currentVersion}). Thay đổi của bạn chưa được lưu.`,
	'scenarioEditor.api.nameMyCopy': (p: { name: Arg }) => `${p.name} (bản của tôi)`,
	'scenarioEditor.session.connectionLostChangesWillBe': 'Mất kết nối: thay đổi sẽ được lưu khi kết nối lại.',
	'auth.guard.signInFirst': 'Cần đăng nhập.',
	'auth.guard.yourAccountMayNotDo': 'Tài khoản của bạn không có quyền làm việc này.',
	'auth.login.wrongLoginOrPassword': 'Tên đăng nhập hoặc mật khẩu không đúng.',
	'auth.login.signingInIsLockedFor': (p: { minutes: Arg; p1: Arg }) =>
		`Đăng nhập tạm bị khoá vì nhập sai nhiều lần. Thử lại sau ${p.minutes} phút.`,
	'auth.password.thePasswordNeedsAtLeast': (p: { PASSWORD_MIN_LENGTH: Arg }) =>
		`Mật khẩu cần ít nhất ${p.PASSWORD_MIN_LENGTH} ký tự.`,
	'auth.password.thePasswordIsLongerThan': (p: { PASSWORD_MAX_LENGTH: Arg }) =>
		`Mật khẩu dài quá ${p.PASSWORD_MAX_LENGTH} ký tự.`,
	'auth.password.thePasswordMustNotBe': 'Mật khẩu không được trùng tên đăng nhập.',
	'auth.roles.viewer': 'Xem',
	'auth.roles.editor': 'Biên tập',
	'auth.roles.reviewer': 'Thẩm định',
	'auth.roles.administrator': 'Quản trị',
	'db.faults.theDiskHoldingTheDatabase':
		'Ổ đĩa chứa cơ sở dữ liệu đã đầy nên thay đổi này CHƯA được lưu. Hãy báo quản trị viên giải phóng dung lượng ổ đĩa của máy chủ (thư mục chứa cơ sở dữ liệu), rồi thử lại.',
	'db.faults.theDatabaseIsReadOnly':
		'Cơ sở dữ liệu đang ở chế độ chỉ đọc nên thay đổi này CHƯA được lưu. Hãy báo quản trị viên cấp quyền ghi cho tệp cơ sở dữ liệu và thư mục chứa nó (DATABASE_PATH) hoặc cho tài khoản PostgreSQL, rồi thử lại (với tệp SQLite: khởi động lại ứng dụng sau khi sửa quyền).',
	'db.faults.theDatabaseFileCannotBe':
		'Không đọc hoặc ghi được tệp cơ sở dữ liệu (lỗi ổ đĩa hoặc tệp không mở được) nên yêu cầu này CHƯA được thực hiện. Hãy báo quản trị viên kiểm tra ổ đĩa của máy chủ và tệp cơ sở dữ liệu (DATABASE_PATH), rồi thử lại.',
	'db.faults.theDatabaseServerCannotBe':
		'Không kết nối được với máy chủ cơ sở dữ liệu nên yêu cầu này CHƯA được thực hiện. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo quản trị viên kiểm tra máy chủ PostgreSQL (DATABASE_URL).',
	'dossier.docx.none': '(Không có đơn vị nào)',
	'dossier.docx.new': ' (mới)',
	'dossier.docx.verdict': 'Kết quả đánh giá: ',
	'dossier.docx.standardOf': 'tiêu chuẩn theo',
	'dossier.docx.standardsAppliedP1KmAnd': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`Tiêu chuẩn áp dụng: diện tích tự nhiên ${p.p1} km², quy mô dân số ${p.p2} người; đơn vị mới đạt ${p.p3} tiêu chuẩn diện tích và ${p.p4} tiêu chuẩn dân số.`,
	'dossier.docx.codeKeptCodeP2': (p: { code: Arg; p1: Arg; p2: Arg }) =>
		`Mã đơn vị hành chính giữ lại: ${p.code}${p.p1}.`,
	'dossier.docx.scenarioScenarionameVersionVersionStatus': (p: {
		scenarioName: Arg;
		version: Arg;
		statusLabel: Arg;
		datasetName: Arg;
	}) =>
		`(Phương án: ${p.scenarioName}; phiên bản ${p.version}; trạng thái: ${p.statusLabel}; bộ dữ liệu: ${p.datasetName})`,
	'dossier.docx.none2': 'Không có.',
	'dossier.docx.noteTheFiguresAboveAssume': 'Ghi chú: số liệu trên dùng các giả định sau (chưa nhập số liệu thực tế):',
	'dossier.docx.staffingNotAvailable': 'Chưa tính được biên chế.',
	'dossier.docx.asAbove': '- Như trên;',
	'dossier.docx.fileOfficeDeptOfHome': '- Lưu: VT, SNV.',
	'dossier.docx.mapsOfTheUnitsBefore': 'BẢN ĐỒ ĐƠN VỊ HÀNH CHÍNH TRƯỚC VÀ SAU SẮP XẾP',
	'dossier.docx.readingTheScenario': 'Đọc phương án',
	'dossier.docx.drawingTheMaps': 'Vẽ bản đồ',
	'dossier.docx.writingTheWordDocument': 'Ghi văn bản Word',
	'dossier.docx.done': 'Xong',
	'dossier.geodata.evaluatingTheScenario': 'Đánh giá phương án',
	'dossier.geodata.readingTheBoundaries': 'Đọc ranh giới',
	'dossier.geodata.dissolvingTheNewUnits': 'Gộp ranh giới các đơn vị mới',
	'dossier.geodata.writingTheFile': 'Ghi tệp',
	'dossier.geodata.writingThePlanTable': 'Ghi bảng phương án',
	'dossier.geodata.oldCode': 'Mã cũ',
	'dossier.geodata.oldName': 'Tên cũ',
	'dossier.geodata.oldKind': 'Loại cũ',
	'dossier.geodata.newCode': 'Mã mới',
	'dossier.geodata.newName': 'Tên mới',
	'dossier.geodata.newKind': 'Loại mới',
	'dossier.geodata.change': 'Thay đổi',
	'dossier.geodata.provisionalCodePendingTheGso': 'Mã tạm (chờ Tổng cục Thống kê)',
	'dossier.geodata.group': 'Nhóm',
	'dossier.geodata.districtBefore': 'Huyện trước',
	'dossier.geodata.districtAfter': 'Huyện sau',
	'dossier.geodata.yes': 'Có',
	'dossier.geodata.no': 'Không',
	'dossier.html.writingTheHtmlPage': 'Ghi trang HTML',
	'dossier.mapImage.subject20232025': 'Thuộc diện sắp xếp 2023–2025',
	'dossier.mapImage.subject20262030': 'Thuộc diện sắp xếp 2026–2030',
	'dossier.mapImage.notRequiredKept': 'Không bắt buộc sắp xếp',
	'dossier.mapImage.notSubject': 'Không thuộc diện sắp xếp',
	'dossier.mapImage.districtBoundary': 'Ranh giới cấp huyện',
	'dossier.mapImage.districtSubjectToArrangement': 'Cấp huyện thuộc diện sắp xếp',
	'dossier.mapImage.p1FiguresAsOfReferencedatetext': (p: { p1: Arg; referenceDateText: Arg }) =>
		`${p.p1} — số liệu đến ngày ${p.referenceDateText}`,
	'dossier.mapImage.cua': ' của ',
	'dossier.mapImage.newUnitMeetsBothStandards': 'Đơn vị mới đạt cả hai tiêu chuẩn',
	'dossier.mapImage.newUnitMeetsOneStandard': 'Đơn vị mới đạt một tiêu chuẩn',
	'dossier.mapImage.newUnitMeetsNeither': 'Đơn vị mới chưa đạt tiêu chuẩn',
	'dossier.mapImage.unitUnchanged': 'Đơn vị giữ nguyên',
	'dossier.mapImage.districtBoundaryAfter': 'Ranh giới cấp huyện sau sắp xếp',
	'dossier.mapImage.boundaryOfNameNew': (p: { name: Arg }) => `Ranh giới ${p.name} (mới)`,
	'dossier.mapImage.seat': 'Trụ sở làm việc',
	'dossier.mapImage.naturalAreaP1PopulationP2': (p: { p1: Arg; p2: Arg }) =>
		`Diện tích tự nhiên ${p.p1}; quy mô dân số ${p.p2} người`,
	'dossier.mapImage.mapOfNameAfterThe': (p: { name: Arg }) => `Sơ đồ ${p.name} sau sắp xếp`,
	'dossier.pdf.writingThePdf': 'Ghi tệp PDF',
	'dossier.registry.schemeWord': 'Đề án (Word)',
	'dossier.registry.tablesExcel': 'Các bảng (Excel)',
	'dossier.registry.schemePdf': 'Đề án (PDF)',
	'dossier.registry.printablePageHtml': 'Trang in (HTML)',
	'dossier.registry.planCsv': 'Phương án (CSV)',
	'dossier.registry.unitsAfterGeojson': 'Đơn vị sau sắp xếp (GeoJSON)',
	'dossier.registry.unitsAfterShapefileZip': 'Đơn vị sau sắp xếp (Shapefile, .zip)',
	'dossier.registry.unitsAfterGeopackage': 'Đơn vị sau sắp xếp (GeoPackage)',
	'dossier.xlsx.oldCodeNewCodeEquivalence':
		'Bảng tương ứng mã đơn vị hành chính cũ – mới. Mã của đơn vị mới là mã của đơn vị nhận sáp nhập, là mã tạm cho đến khi Tổng cục Thống kê xác nhận hoặc cấp mã.',
	'dossier.xlsx.codeEquivalence': 'Bảng tương ứng mã',
	'dossier.xlsx.administrativeUnitsAfterTheArrangement': 'Đơn vị hành chính sau sắp xếp.',
	'dossier.xlsx.unitsAfter': 'Đơn vị sau sắp xếp',
	'dossier.xlsx.unitsBeforeCodes': 'Các đơn vị trước sắp xếp (mã)',
	'dossier.xlsx.provisionalCode': 'Mã tạm',
	'dossier.xlsx.publicConsultationResults': 'Kết quả lấy ý kiến cử tri.',
	'dossier.xlsx.publicConsultation': 'Lấy ý kiến cử tri',
	'dossier.xlsx.voters': 'Số cử tri',
	'dossier.xlsx.date': 'Ngày lấy ý kiến',
	'dossier.xlsx.notMoreThan50Agreeing': 'Không quá 50% đồng ý',
	'dossier.xlsx.peopleSCouncilResolutions': 'Nghị quyết của Hội đồng nhân dân các cấp.',
	'dossier.xlsx.councilResolutions': 'Nghị quyết HĐND',
	'dossier.xlsx.number': 'Số nghị quyết',
	'dossier.xlsx.for': 'Tán thành',
	'dossier.xlsx.against': 'Không tán thành',
	'dossier.xlsx.abstaining': 'Không biểu quyết',
	'dossier.xlsx.buildingTheTables': 'Lập các bảng',
	'dossier.xlsx.writingTheWorkbook': 'Ghi tệp Excel',
	'import.attributesCsv.malformedCsvMessage': (p: { message: Arg }) => `CSV sai cấu trúc (${p.message}).`,
	'import.attributesCsv.theCsvFileIsEmpty': 'tệp CSV rỗng.',
	'import.attributesCsv.ignoredUnknownColumnH': (p: { h: Arg }) => `bỏ qua cột không dùng "${p.h}".`,
	'import.attributesCsv.hasNoCodeColumnColumns': (p: { p1: Arg }) =>
		`thiếu cột "code" (mã đơn vị). Các cột đọc được: ${p.p1}.`,
	'import.attributesCsv.theUnitCodeIsEmpty': 'ô mã đơn vị để trống.',
	'import.attributesCsv.codeCodeIsNotA': (p: { code: Arg }) => `mã "${p.code}" không phải dãy chữ số.`,
	'import.attributesCsv.codeCodeAlreadyAppearsOn': (p: { code: Arg; p1: Arg }) =>
		`mã ${p.code} đã xuất hiện ở dòng ${p.p1}.`,
	'import.attributesCsv.rawIsNotANumber': (p: { raw: Arg }) =>
		`"${p.raw}" không phải số (dùng dấu chấm thập phân, không dùng dấu phân cách hàng nghìn).`,
	'import.attributesCsv.rawMustBeAWhole': (p: { raw: Arg }) => `"${p.raw}" phải là số nguyên.`,
	'import.attributesCsv.valueRawIsNegativeIt': (p: { raw: Arg }) => `giá trị ${p.raw} là số âm: không được nhỏ hơn 0.`,
	'import.attributesCsv.valueRawIsOutsideP1': (p: { raw: Arg; p1: Arg; p2: Arg }) =>
		`giá trị ${p.raw} nằm ngoài khoảng ${p.p1}–${p.p2}.`,
	'import.attributesCsv.rawMustBe0Or': (p: { raw: Arg }) => `"${p.raw}" phải là 0 hoặc 1.`,
	'import.attributesCsv.onePartOfThePopulation': (p: { missing: Arg }) =>
		`có một phần dân số mà thiếu phần kia (${p.missing}): ghi cả dân số thường trú và tạm trú quy đổi (tổng của hai phần là quy mô dân số), hoặc chỉ ghi cột population.`,
	'import.attributesCsv.populationPopIsNotThe': (p: { pop: Arg; permanent: Arg; temporary: Arg; total: Arg }) =>
		`dân số ${p.pop} khác tổng thường trú ${p.permanent} + tạm trú quy đổi ${p.temporary} = ${p.total}. Sửa cho khớp, hoặc để trống ô dân số (tổng được tính từ hai phần).`,
	'import.attributesCsv.areaIs0': 'diện tích bằng 0.',
	'import.attributesCsv.terrainMustBeMountainousOr': (p: { terrain: Arg }) =>
		`"${p.terrain}" phải là mountainous hoặc other.`,
	'import.attributesCsv.clsMustBeIIi': (p: { cls: Arg }) => `"${p.cls}" phải là I, II hoặc III.`,
	'import.attributesCsv.lapMustBe20192021': (p: { lap: Arg }) => `"${p.lap}" phải là 2019-2021 hoặc 2023-2025.`,
	'import.classify.unsupportedFileTypeUseGeojson':
		'định dạng tệp chưa hỗ trợ; dùng GeoJSON (.geojson/.json), TopoJSON (.topojson) hoặc Shapefile (.zip gồm .shp, .dbf, .prj) cho ranh giới và CSV cho số liệu.',
	'import.classify.severalLevelBoundaryFilesP2': (p: { p1: Arg; p2: Arg; level: Arg }) =>
		`có nhiều tệp ranh giới ${p.p1}: ${p.p2}. Chỉ chọn một tệp.`,
	'import.classify.fileIgnoredAnotherBoundaryFile': 'bỏ qua tệp (đã có tệp ranh giới cùng cấp).',
	'import.classify.fileOfUnknownLevelIgnored': 'bỏ qua tệp không rõ cấp.',
	'import.crsDefs.wgs84LongitudeLatitudeEpsg4326': 'WGS84 kinh độ/vĩ độ (EPSG:4326)',
	'import.crsDefs.vn2000UtmZoneZone': (p: { zone: Arg; code: Arg }) => `VN-2000 / UTM múi ${p.zone}N${p.code}`,
	'import.crsDefs.wgs84UtmZoneZoneN': (p: { zone: Arg; code: Arg }) => `WGS84 / UTM múi ${p.zone}N${p.code}`,
	'import.crsDefs.vn2000Tm3Central': (p: { p1: Arg }) => `VN-2000 / TM-3 kinh tuyến trục ${p.p1} (k = 0,9999)`,
	'import.crsDefs.vn2000LongitudeLatitudeEpsg': 'VN-2000 kinh độ/vĩ độ (EPSG:4756)',
	'import.crsDefs.webMercatorEpsg3857': 'Web Mercator (EPSG:3857)',
	'import.crsWkt.unreadableWktP1': (p: { p1: Arg }) => `WKT không đọc được: ${p.p1}`,
	'import.crsWkt.theFileDeclaresTowgs84P1': (p: { p1: Arg; p2: Arg }) =>
		`tệp khai báo TOWGS84[${p.p1}]; đã dùng bộ 7 tham số chính thức VN-2000 → WGS84 [${p.p2}].`,
	'import.crsWkt.p1TransverseMercatorDesc': (p: { p1: Arg; desc: Arg }) => `${p.p1} / Transverse Mercator (${p.desc})`,
	'import.crs.acceptedListAProj4String': (p: { ACCEPTED_LIST: Arg }) =>
		`${p.ACCEPTED_LIST}, chuỗi proj4 (+proj=…) hoặc WKT`,
	'import.crs.proj4Raw': (p: { raw: Arg }) => `proj4 "${p.raw}"`,
	'import.crs.unknownCrsTextUseOne': (p: { text: Arg; vi: Arg; en: Arg }) =>
		`không nhận ra hệ toạ độ "${p.text}". Dùng một trong: ${p.vi}.`,
	'import.crs.theCrsOptionCrsOr': 'tuỳ chọn hệ toạ độ (--crs hoặc trường "crs" khi tải lên)',
	'import.crs.fileFile': (p: { file: Arg }) => `tệp ${p.file}`,
	'import.crs.theCrsMemberOfFile': (p: { file: Arg }) => `thành phần "crs" của tệp ${p.file}`,
	'import.crs.coordinatesAreAlreadyLongitudeLatitude': (p: { vi: Arg; fromVi: Arg; en: Arg; fromEn: Arg }) =>
		`toạ độ đã là kinh độ/vĩ độ nên không áp dụng hệ toạ độ ${p.vi} của ${p.fromVi}.`,
	'import.crs.enDeclaresTheProjectedCrs': (p: { vi: Arg; crsLabelVi: Arg; en: Arg; crsLabelEn: Arg }) =>
		`${p.vi} khai báo hệ toạ độ phẳng ${p.crsLabelVi} nhưng toạ độ trong tệp là kinh độ/vĩ độ. Sửa hoặc bỏ khai báo hệ toạ độ.`,
	'import.crs.hasCoordinateXYThat': (p: { x: Arg; y: Arg; vi: Arg; crsLabelVi: Arg; en: Arg; crsLabelEn: Arg }) =>
		`có toạ độ (${p.x}, ${p.y}) không phải kinh độ/vĩ độ, trong khi ${p.vi} khai báo ${p.crsLabelVi}. Hãy cho biết đúng hệ toạ độ (--crs).`,
	'import.crs.cannotConvertCoordinateP1P2': (p: { p1: Arg; p2: Arg; vi: Arg; fromVi: Arg; en: Arg; fromEn: Arg }) =>
		`không chuyển được toạ độ (${p.p1}, ${p.p2}) từ ${p.vi} sang WGS84: toạ độ nằm ngoài phạm vi của hệ toạ độ. Kiểm tra hệ toạ độ (${p.fromVi}).`,
	'import.crs.vn2000Wgs84DatumShift': ' (chuyển mốc VN-2000 → WGS84 bằng 7 tham số chính thức)',
	'import.crs.coordinatesConvertedFromEnTo': (p: {
		vi: Arg;
		datumNoteVi: Arg;
		fromVi: Arg;
		en: Arg;
		datumNoteEn: Arg;
		fromEn: Arg;
	}) => `đã chuyển toạ độ từ ${p.vi} sang WGS84 kinh độ/vĩ độ${p.datumNoteVi}; hệ toạ độ lấy từ ${p.fromVi}.`,
	'import.crs.supportedWgs84Wgs84UtmVn':
		'hỗ trợ: WGS84, WGS84/UTM, VN-2000 (kinh độ/vĩ độ, UTM múi 48/49, TM-3 mọi kinh tuyến trục)',
	'import.crs.unrecognisedCrsReadEnSupported': (p: {
		vi: Arg;
		sUPPORTED_SHORTVi: Arg;
		en: Arg;
		sUPPORTED_SHORTEn: Arg;
	}) =>
		`không nhận ra hệ toạ độ (đọc được: ${p.vi}); ${p.sUPPORTED_SHORTVi}. Cho biết hệ toạ độ bằng --crs (khi tải lên: trường "crs") hoặc chuyển tệp sang WGS84.`,
	'import.crs.enDeclaresDeclaredcrslabelenTheGiven': (p: {
		vi: Arg;
		declaredCrsLabelVi: Arg;
		optionLabelVi: Arg;
		en: Arg;
		declaredCrsLabelEn: Arg;
		optionLabelEn: Arg;
	}) => `${p.vi} khai báo ${p.declaredCrsLabelVi}; đã dùng hệ toạ độ được chỉ định ${p.optionLabelVi}.`,
	'import.crs.enTheGivenCrsOptionlabelen': (p: { vi: Arg; optionLabelVi: Arg; en: Arg; optionLabelEn: Arg }) =>
		`${p.vi} Đã dùng hệ toạ độ được chỉ định ${p.optionLabelVi}.`,
	'import.crs.theCrsMemberNamesAn': (p: { unknownMember: Arg; vi: Arg; en: Arg }) =>
		`thành phần "crs" ghi hệ toạ độ "${p.unknownMember}" không nhận ra; ${p.vi}. Cho biết hệ toạ độ bằng --crs hoặc chuyển tệp sang WGS84.`,
	'import.crs.ignoredTheUnrecognisedCrsMember': (p: { unknownMember: Arg }) =>
		`bỏ qua thành phần "crs" không nhận ra ("${p.unknownMember}"): toạ độ là kinh độ/vĩ độ, coi là WGS84.`,
	'import.dataset.codeCodeAppearsTwicePrev': (p: { code: Arg; prev: Arg; name: Arg }) =>
		`mã ${p.code} bị trùng ("${p.prev}" và "${p.name}"). Mỗi đơn vị phải có một mã riêng.`,
	'import.dataset.codeCodeIsNotAmong': (p: { code: Arg }) =>
		`mã ${p.code} không có trong ranh giới đã nhập. Kiểm tra mã (giữ số 0 ở đầu) hoặc xoá dòng này.`,
	'import.dataset.aTwoTierDatasetProvince':
		'bộ dữ liệu hai cấp (tỉnh → xã, phường) không có cấp huyện: bỏ tệp ranh giới cấp huyện này, hoặc nhập dạng ba cấp (--structure three-tier).',
	'import.dataset.twoBoundaryFilesAreNeeded': (p: { p1: Arg; p2: Arg }) =>
		`cần hai tệp ranh giới: cấp huyện (vd. districts.geojson) và cấp xã (vd. communes.geojson), hoặc một tệp .zip/.topojson chứa cả hai lớp; với dữ liệu hai cấp (tỉnh → xã, phường, từ 1/7/2025) chỉ cần lớp cấp xã (chọn --structure two-tier nếu lớp xã còn mã huyện). Đã nhận: ${p.p1}.`,
	'import.dataset.codeCodeIsBothA': (p: { code: Arg }) => `mã ${p.code} vừa là mã huyện vừa là mã xã.`,
	'import.dataset.communeNameBelongsToDistrict': (p: { name: Arg; parentCode: Arg; p1: Arg }) =>
		`xã "${p.name}" thuộc mã huyện ${p.parentCode}, không có trong ${p.p1}.`,
	'import.dataset.districtNameHasNoCommune': (p: { name: Arg }) =>
		`huyện "${p.name}" không có xã nào trong tệp cấp xã.`,
	'import.dataset.theFilesCarrySeveralProvince': (p: { p1: Arg }) =>
		`các tệp có nhiều mã tỉnh (${p.p1}); mỗi bộ dữ liệu là một tỉnh.`,
	'import.dataset.provinceCodeUnknownGiveIt': 'không rõ mã tỉnh; hãy nhập bằng --province-code.',
	'import.dataset.twoTierDatasetProvinceCommunes': (p: { unitsLength: Arg; provinceName: Arg }) =>
		`bộ dữ liệu hai cấp (tỉnh → xã, phường; không có cấp huyện từ 1/7/2025): ${p.unitsLength} đơn vị cấp xã thuộc trực tiếp ${p.provinceName}.`,
	'import.dataset.datasetDefaultTerrainMountainousHighland': (p: { provinceName: Arg }) =>
		`địa hình mặc định của bộ dữ liệu: miền núi, vùng cao (${p.provinceName} chủ yếu là miền núi). Sửa theo danh mục chính thức nếu cần.`,
	'import.dataset.datasetDefaultTerrainOtherNot':
		'địa hình mặc định của bộ dữ liệu: khác (không phải miền núi). Đặt địa hình cho từng đơn vị miền núi.',
	'import.dataset.missingpoplengthUnitsHaveNoPopulation': (p: { missingPopLength: Arg; p1: Arg; p2: Arg }) =>
		`${p.missingPopLength} đơn vị chưa có dân số (vd. ${p.p1} ${p.p2}).`,
	'import.dataset.reversedTheRingOrientationOf': (p: { reorientedLength: Arg }) =>
		`đã đảo chiều vòng ranh giới của ${p.reorientedLength} đơn vị cho đúng chuẩn GeoJSON (hình dạng không đổi).`,
	'import.dataset.repairedTheGeometryOfReshapedlength': (p: { reshapedLength: Arg; p1: Arg; p2: Arg }) =>
		`đã sửa hình học của ${p.reshapedLength} đơn vị (vd. ${p.p1}: ${p.p2}). Xem báo cáo chất lượng dữ liệu.`,
	'import.dataset.theDatasetHasNoReference':
		'chưa có ngày số liệu của bộ dữ liệu (đợt sắp xếp năm 2025 dùng số liệu đến 31/12/2024).',
	'import.dataset.theDatasetHasNoReference2':
		'chưa có ngày số liệu của bộ dữ liệu (giai đoạn 2023–2025 dùng số liệu đến 31/12/2022).',
	'import.derive.doubtfulLevelPairsShareOnly': (p: { doubtful: Arg; p1: Arg; doubtfulBelowM: Arg; level: Arg }) =>
		`${p.doubtful} cặp đơn vị ${p.p1} chỉ chung một đoạn ranh giới rất ngắn (dưới ${p.doubtfulBelowM} m): cần kiểm tra có thật sự liền kề không.`,
	'import.geojson.theFileIsNotSaved': (p: { byte: Arg }) =>
		`tệp không được lưu theo bảng mã UTF-8 (byte ${p.byte} không hợp lệ); có thể tệp được lưu bằng bảng mã cũ (Windows-1252/1258, TCVN3) nên tên có dấu sẽ bị hỏng. Mở tệp và lưu lại dạng UTF-8 (Excel: Lưu thành → "CSV UTF-8 (phân cách bằng dấu phẩy)"), hoặc chọn bảng mã của tệp khi nhập (vd. Windows-1258), rồi nhập lại.`,
	'import.geojson.theFileHoldsAnUnreadable':
		'tệp có ký tự không đọc được (U+FFFD, "�"): văn bản đã bị giải mã sai bảng mã nên tên có dấu bị hỏng. Lưu lại tệp dạng UTF-8 (Excel: Lưu thành → "CSV UTF-8") hoặc chọn đúng bảng mã khi nhập, rồi nhập lại.',
	'import.geojson.isNotValidJsonP1': (p: { p1: Arg }) =>
		`không phải JSON hợp lệ (${p.p1}). Hãy xuất lại tệp dưới dạng GeoJSON.`,
	'import.geojson.isNotAGeojsonFeaturecollection': (p: { got: Arg }) =>
		`không phải một FeatureCollection GeoJSON (đọc được: ${p.got}). Tệp ranh giới phải là FeatureCollection các đa giác (hoặc TopoJSON, Shapefile nén .zip).`,
	'import.geojson.hasNoFeatures': 'không có đối tượng nào.',
	'import.geojson.hasNoGeometryNull': 'không có hình học (geometry rỗng).',
	'import.geojson.hasATypeGeometryAdministrative': (p: { type: Arg }) =>
		`có hình học kiểu ${p.type}; ranh giới đơn vị hành chính phải là Polygon hoặc MultiPolygon.`,
	'import.geojson.hasAnEmptyGeometry': 'có hình học rỗng.',
	'import.geojson.hasMalformedCoordinates': 'có toạ độ không đúng cấu trúc.',
	'import.geojson.hasACoordinateThatIs': (p: { p1: Arg }) => `có toạ độ không phải số: ${p.p1}.`,
	'import.geojson.hasCoordinateP1P2That': (p: { p1: Arg; p2: Arg }) =>
		`có toạ độ (${p.p1}, ${p.p2}) không phải kinh độ/vĩ độ và không rõ hệ toạ độ. Có thể tệp dùng hệ toạ độ phẳng (VN-2000): hãy chuyển sang WGS84, gửi kèm tệp .prj, hoặc cho biết hệ toạ độ bằng --crs (vd. --crs vn2000-tm3:107.75; khi tải lên: trường "crs").`,
	'import.geojson.coordinateExtentP1P2P3': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`phạm vi toạ độ [${p.p1}, ${p.p2}, ${p.p3}, ${p.p4}] nằm ngoài Việt Nam: kiểm tra thứ tự kinh độ/vĩ độ và hệ toạ độ.`,
	'import.index.codeCodeIsNotIn': (p: { code: Arg }) =>
		`mã ${p.code} không có trong bộ dữ liệu. Kiểm tra mã (giữ số 0 ở đầu) hoặc xoá dòng này.`,
	'import.index.codeCodeIsADistrict': (p: { code: Arg }) =>
		`mã ${p.code} là đơn vị cấp huyện: người hoạt động không chuyên trách chỉ nhập cho đơn vị cấp xã. Để trống ô này.`,
	'import.jobWorkerMain.sendTheFilesAsMultipart': 'cần gửi tệp dạng multipart/form-data.',
	'import.layer.hasNoUnitCode': 'thiếu mã đơn vị.',
	'import.layer.codeRawIsNotValid': (p: { raw: Arg }) => `mã ${p.raw} không hợp lệ.`,
	'import.layer.unitCodeNameHasP3': (p: { code: Arg; name: Arg; p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`đơn vị ${p.code} "${p.name}" có ${p.p1} đỉnh, quá mức ${p.p2} đỉnh cho một đơn vị. Hãy đơn giản hoá ranh giới (vd. mapshaper -simplify, QGIS Simplify) rồi nhập lại, hoặc nhờ người quản trị nâng giới hạn SAPXEP_IMPORT_MAX_VERTICES.`,
	'import.layer.noUnitCodePropertyFound': (p: { present: Arg }) =>
		`không tìm thấy thuộc tính mã đơn vị (code, ma, ma_dvhc...). Các thuộc tính có: ${p.present}. Hãy đặt tên cột mã là code (hoặc ma, ma_dvhc) rồi tải lên lại (dòng lệnh: --code-field).`,
	'import.layer.noPropertiesAtAll': 'không có thuộc tính nào',
	'import.layer.noNamePropertyFoundName':
		'không tìm thấy thuộc tính tên (name, ten...). Hãy đặt tên cột tên là name (hoặc ten) rồi tải lên lại (dòng lệnh: --name-field).',
	'import.layer.noDistrictCodePropertyFound':
		'không tìm thấy thuộc tính mã huyện của xã (district_code, ma_huyen...). Hãy đặt tên cột mã huyện là district_code (hoặc ma_huyen) rồi tải lên lại (dòng lệnh: --parent-field).',
	'import.layer.hasNoName': 'thiếu tên đơn vị.',
	'import.layer.cannotTellTheKindOf': (p: { p1: Arg; name: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`không xác định được loại đơn vị (${p.p1}; tên "${p.name}"). ${p.p2}`,
	'import.layer.populationP1IsNotA': (p: { p1: Arg }) => `dân số "${p.p1}" không phải số nguyên không âm.`,
	'import.layer.areaP1IsNotValid': (p: { p1: Arg }) => `diện tích "${p.p1}" không hợp lệ.`,
	'import.layer.nCodesWereWrittenAs': (p: { n: Arg; p1: Arg }) =>
		`${p.n} mã được ghi dạng số; đã thêm số 0 ở đầu cho đủ ${p.p1} chữ số. Nên lưu mã dạng văn bản.`,
	'import.multipart.theUploadCannotBeRead': (p: { why: Arg; whyEn: Arg }) =>
		`dữ liệu gửi lên không đọc được (${p.why}). Gửi lại tệp.`,
	'import.planGroups.seatValueIsNotA': (p: { value: Arg; id: Arg; p1: Arg }) =>
		`trụ sở ${p.value} không phải một đơn vị của nhóm "${p.id}" (${p.p1}).`,
	'import.planGroups.keptCodeValueIsNot': (p: { value: Arg; id: Arg; p1: Arg }) =>
		`mã giữ lại ${p.value} không phải một đơn vị của nhóm "${p.id}" (${p.p1}).`,
	'import.planGroups.kindValueIsNotA': (p: { value: Arg; id: Arg }) =>
		`loại "${p.value}" không phải loại đơn vị của nhóm "${p.id}".`,
	'import.planGroups.overridingTheKindKindNeeds': (p: { p1: Arg; kind: Arg }) =>
		`chọn loại ${p.p1} khác với quy tắc cần ghi lý do (kind_reason).`,
	'import.planGroups.groupIdHasASingle': (p: { id: Arg }) => `nhóm "${p.id}" chỉ có một đơn vị.`,
	'import.planParse.thePlanFileHasNo': 'tệp phương án không có dòng nào.',
	'import.planParse.hasNoRequiredColumnColumns': (p: { required: Arg; p1: Arg }) =>
		`thiếu cột "${p.required}". Các cột đọc được: ${p.p1}.`,
	'import.planParse.codeCodeLostItsLeading': (p: { code: Arg; p1: Arg; p2: Arg }) =>
		`mã "${p.code}" thiếu số 0 ở đầu và có thể là ${p.p1}: ghi đủ mã.`,
	'import.planParse.codeCodeReadAsPadded': (p: { code: Arg; padded: Arg }) =>
		`mã "${p.code}" được hiểu là ${p.padded} (thêm số 0 ở đầu).`,
	'import.planParse.codeCodeIsNotIn': (p: { code: Arg }) =>
		`mã ${p.code} không có trong bộ dữ liệu. Kiểm tra mã (giữ số 0 ở đầu).`,
	'import.planParse.theGroupIsEmptyGive':
		'ô nhóm để trống: ghi mã nhóm, hoặc ghi lý do không sắp xếp (exemption_reason) cho đơn vị được giữ nguyên.',
	'import.planParse.reasonReasoncodeIsNotOne': (p: { reasonCode: Arg; p1: Arg }) =>
		`lý do "${p.reasonCode}" không thuộc khoản 1 Điều 3 Nghị quyết số 35/2023/UBTVQH15 (${p.p1}).`,
	'import.planParse.giveAJustificationForKeeping': (p: { unitText: Arg }) =>
		`cần ghi căn cứ, lý do giữ nguyên ${p.unitText}.`,
	'import.planParse.unittextIsBothInGroup': (p: { unitText: Arg; group: Arg }) =>
		`${p.unitText} vừa được xếp vào nhóm "${p.group}" vừa có lý do không sắp xếp.`,
	'import.planParse.theGroupIdIsLonger': 'mã nhóm dài quá 64 ký tự.',
	'import.planParse.unittextIsAlreadyInGroup': (p: { unitText: Arg; group: Arg; row: Arg }) =>
		`${p.unitText} đã có trong nhóm "${p.group}" ở dòng ${p.row}.`,
	'import.planParse.unittextIsAlreadyInGroup2': (p: { unitText: Arg; group: Arg; row: Arg }) =>
		`${p.unitText} đã thuộc nhóm "${p.group}" ở dòng ${p.row}: một đơn vị chỉ được ở một nhóm.`,
	'import.planParse.unittextIsNotADistrict': (p: { unitText: Arg }) =>
		`${p.unitText} không phải đơn vị cấp huyện hoặc cấp xã.`,
	'import.planParse.unittextIsAP3Unit': (p: {
		unitText: Arg;
		p1: Arg;
		group: Arg;
		p2: Arg;
		firstRow: Arg;
		p3: Arg;
		p4: Arg;
	}) =>
		`${p.unitText} là đơn vị ${p.p1}, nhóm "${p.group}" gồm các đơn vị ${p.p2} (từ dòng ${p.firstRow}): các đơn vị nhập phải cùng cấp.`,
	'import.planParse.phaseVIsNotValid': (p: { v: Arg }) =>
		`giai đoạn "${p.v}" không hợp lệ: ghi 2023-2025 hoặc 2026-2030.`,
	'import.planParse.groupGroupAlreadyHasP1': (p: { group: Arg; p1: Arg; value: Arg; row: Arg; v: Arg }) =>
		`nhóm "${p.group}" đã có ${p.p1} = "${p.value}" ở dòng ${p.row}, dòng này ghi "${p.v}".`,
	'import.planParse.unitCodeIsKeptBut': (p: { code: Arg; group: Arg; row: Arg }) =>
		`đơn vị ${p.code} được giữ nguyên nhưng đã thuộc nhóm "${p.group}" ở dòng ${p.row}.`,
	'import.repair.geometryCannotBeRepairedP1': (p: { p1: Arg }) =>
		`hình học không sửa được (${p.p1}). Sửa ranh giới trong phần mềm GIS rồi nhập lại.`,
	'import.shapefile.unknownCodePageP1In': (p: { p1: Arg }) => `không nhận ra bảng mã "${p.p1}" trong tệp .cpg.`,
	'import.shapefile.theDbfAttributeFileIs':
		'tệp thuộc tính .dbf không lưu theo UTF-8 và không cho biết bảng mã (không có tệp .cpg, không có mã ngôn ngữ trong .dbf), nên tên có dấu không đọc được chắc chắn. Thêm tệp .cpg cùng tên ghi bảng mã (vd. 1258 cho Windows-1258, 1252 cho Latin-1), hoặc chọn bảng mã khi nhập, rồi nhập lại.',
	'import.shapefile.theAttributeFileP1Dbf': (p: { p1: Arg; p2: Arg }) =>
		`thiếu tệp thuộc tính ${p.p1}.dbf đi kèm ${p.p2} (mã, tên đơn vị nằm trong .dbf). Gửi kèm đủ .shp, .shx, .dbf, .prj (và .cpg) cùng tên.`,
	'import.shapefile.theShpFileIsCorrupt': (p: { p1: Arg }) => `tệp .shp hỏng hoặc không đọc được (${p.p1}).`,
	'import.shapefile.theDbfFileIsCorrupt': (p: { p1: Arg }) => `tệp .dbf hỏng hoặc không đọc được (${p.p1}).`,
	'import.shapefile.p1HoldsGeometrieslengthShapesBut': (p: {
		p1: Arg;
		geometriesLength: Arg;
		p2: Arg;
		propsLength: Arg;
	}) =>
		`${p.p1} có ${p.geometriesLength} hình nhưng ${p.p2} có ${p.propsLength} dòng thuộc tính; hai tệp không cùng một lớp.`,
	'import.shapefile.undecodableTextValuesAreNot': (p: { undecodable: Arg; encoding: Arg; example: Arg }) =>
		`${p.undecodable} giá trị chữ không đọc được theo bảng mã ${p.encoding} (vd. "${p.example}"), tên có dấu sẽ bị hỏng nên không nhập. Thêm tệp .cpg ghi đúng bảng mã (vd. UTF-8 hoặc 1258), hoặc chọn bảng mã khi nhập.`,
	'import.shapefile.dbfFieldNamesCutTo': (p: { p1: Arg }) =>
		`tên trường DBF bị cắt còn 10 ký tự đã được khôi phục: ${p.p1}.`,
	'import.shapefile.holdsNoShpFileFound': (p: { p1: Arg; p2: Arg }) =>
		`không có tệp .shp nào (có: ${p.p1}). Tệp nén Shapefile phải chứa .shp, .shx, .dbf, .prj (và .cpg) cùng tên.`,
	'import.shapefile.ignoredP1NoShpOf': (p: { p1: Arg }) => `bỏ qua ${p.p1}: không có tệp .shp cùng tên.`,
	'import.shapefile.ignoredFilesInsideTheArchive': (p: { p1: Arg }) => `bỏ qua các tệp trong tệp nén: ${p.p1}.`,
	'import.topojson.isTopojsonButLacksObjects': 'là TopoJSON nhưng thiếu "objects" hoặc "arcs". Hãy xuất lại tệp.',
	'import.topojson.layerNameCannotBeDecoded': (p: { name: Arg; p1: Arg }) =>
		`lớp "${p.name}" không giải mã được (${p.p1}): cung (arcs) hoặc phép biến đổi (transform) sai.`,
	'import.upload.sendTheFilesAsMultipart': 'cần gửi tệp dạng multipart/form-data (trường "files").',
	'import.upload.theUploadIsTooLarge': (p: { p1: Arg; p2: Arg }) =>
		`tệp gửi lên quá lớn (${p.p1}; tối đa ${p.p2}). Nén ranh giới thành .zip, hoặc nhờ người quản trị nâng SAPXEP_IMPORT_MAX_UPLOAD_MB.`,
	'import.zip.corruptOrNotAZip': (p: { vi: Arg; en: Arg }) =>
		`tệp nén ZIP hỏng hoặc không phải ZIP (${p.vi}). Nén lại các tệp .shp, .shx, .dbf, .prj (và .cpg) rồi thử lại.`,
	'import.zip.theArchiveWouldInflatePast': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`tệp nén khi giải nén sẽ lớn hơn mức cho phép (${p.p1}, tối đa ${p.p2}); đã dừng, không giải nén. Kiểm tra lại tệp (có thể là tệp độc hại), hoặc nhờ người quản trị nâng giới hạn SAPXEP_IMPORT_MAX_UNZIPPED_MB.`,
	'import.zip.theArchiveIsPasswordProtected': (p: { path: Arg }) =>
		`tệp nén có mật khẩu (${p.path}). Nén lại không đặt mật khẩu.`,
	'import.zip.pathUsesCompressionMethodMethod': (p: { path: Arg; method: Arg }) =>
		`${p.path} được nén bằng phương pháp ${p.method}, chưa hỗ trợ; dùng kiểu nén thông thường (Deflate).`,
	'plannerService.documentNamesNoUnitsThat': (p: { document: Arg }) =>
		`Căn cứ ${p.document} không quy định đơn vị thuộc diện phải sắp xếp: đề xuất tự động dùng NQ 35/2023.`,
	'services.consultationService.nameP2': (p: { name: Arg; p1: Arg; p2: Arg }) => `${p.name}: ${p.p1}`,
	'services.consultationService.scenarioScenarioidHasNoSuch': (p: { scenarioId: Arg; id: Arg }) =>
		`Phương án #${p.scenarioId} không có nghị quyết này (${p.id}).`,
	'services.reviewService.unknownStatusP1': (p: { p1: Arg }) => `Trạng thái không rõ: ${p.p1}.`,
	'services.reviewService.scenarioIdWasJustMoved': (p: { id: Arg }) =>
		`Phương án #${p.id} vừa được người khác chuyển trạng thái.`,
	'services.reviewService.noSuchComment': 'Không có bình luận này.',
	'services.scenarioService.noDatasetDatasetid': (p: { datasetId: Arg }) => `không có bộ dữ liệu #${p.datasetId}.`,
	'services.scenarioService.unknownRuleSetRulesetidP1': (p: { ruleSetId: Arg; p1: Arg }) =>
		`bộ quy tắc "${p.ruleSetId}" không có (${p.p1}).`,
	'services.scenarioService.noScenarioScenarioid': (p: { scenarioId: Arg }) => `không có phương án #${p.scenarioId}.`,
	'staffing.gridCells.notSavedSomeValuesAre': (p: { more: Arg }) => `Chưa lưu: có giá trị không hợp lệ.${p.more}`,
	'staffing.gridCells.outsideCellsOutsideTheTable': (p: { outside: Arg }) => ` Bỏ qua ${p.outside} ô nằm ngoài bảng.`,
	'staffing.gridCells.notSavedBadPastedCells': (p: { bad: Arg; vi: Arg; en: Arg }) =>
		`Chưa lưu: ${p.bad} ô dán vào không hợp lệ (xem ghi chú đỏ bên dưới ô).${p.vi}`,
	'staffing.gridCells.notSavedBadCellsAre': (p: { bad: Arg }) => `Chưa lưu: còn ${p.bad} ô không hợp lệ.`,
	'staffing.groupSurpluses.staffingNotComputedHttpStatus': (p: { status: Arg }) =>
		`Chưa tính được biên chế (HTTP ${p.status}).`,
	'app.requestRefused': 'Yêu cầu bị từ chối',
	'app.notFound': 'Không tìm thấy',
	'app.theDataWasChangedElsewhere': 'Dữ liệu đã bị thay đổi ở nơi khác',
	'app.theUploadIsTooLarge': 'Tệp gửi lên quá lớn',
	'app.invalidRequest': 'Yêu cầu không hợp lệ',
	'app.serverError': 'Máy chủ gặp lỗi',
	'app.theServerTakesAtMost':
		'Máy chủ nhận tối đa BODY_SIZE_LIMIT (mặc định 200M). Hãy nén tệp ranh giới (.zip) hoặc nhờ người quản trị nâng giới hạn.',
	'app.reloadThisPage': 'Tải lại trang này',
	'app.backToTheDatasets': 'Về danh sách bộ dữ liệu',
	'app.arrangementOfAdministrativeUnits': 'Sắp xếp đơn vị hành chính',
	'app.districtAndCommuneUnitArrangement': 'Sắp xếp ĐVHC cấp huyện, cấp xã',
	'app.datasets': 'Bộ dữ liệu',
	'app.standards': 'Tiêu chuẩn',
	'app.waitingForMyReview': 'Chờ tôi thẩm định',
	'app.account': 'Tài khoản',
	'app.signOut': 'Đăng xuất',
	'account.theTwoNewPasswordsDiffer': 'Hai lần nhập mật khẩu mới không khớp.',
	'account.theCurrentPasswordIsWrong': 'Mật khẩu hiện tại không đúng.',
	'account.name': 'Họ tên',
	'account.login': 'Tên đăng nhập',
	'account.deleted': '(đã xoá)',
	'account.all': 'Tất cả',
	'account.changeThePassword': 'Đổi mật khẩu',
	'account.currentPassword': 'Mật khẩu hiện tại',
	'account.newPassword8CharactersOr': 'Mật khẩu mới (ít nhất 8 ký tự)',
	'account.newPasswordAgain': 'Nhập lại mật khẩu mới',
	'account.passwordChangedYourOtherSessions': 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.',
	'account.sessions': 'Phiên đăng nhập',
	'account.theAccountIsSignedIn': (p: { sessions: Arg }) =>
		`Tài khoản đang đăng nhập ở ${p.sessions} nơi (trình duyệt, máy).`,
	'account.signOutEverywhere': 'Đăng xuất khỏi mọi nơi',
	'login.sendJsonLoginPassword': 'Gửi JSON { "login", "password" }.',
	'staffing.theRequestBodyIsNot': 'nội dung gửi lên không phải JSON hợp lệ',
	'audit.dataset': 'Bộ dữ liệu',
	'audit.scenario': 'Phương án số',
	'audit.user': 'Người dùng',
	'audit.from': 'Từ ngày',
	'audit.to': 'Đến ngày',
	'audit.filter': 'Lọc',
	'audit.downloadCsv': 'Tải CSV',
	'audit.rowslengthRowsNewestFirstAt': (p: { rowsLength: Arg }) => `${p.rowsLength} dòng (mới nhất trước, tối đa 500).`,
	'audit.when': 'Thời gian',
	'audit.who': 'Người',
	'audit.what': 'Đối tượng',
	'audit.action': 'Hành động',
	'audit.field': 'Trường',
	'audit.before': 'Trước',
	'audit.after': 'Sau',
	'datasets.theDatasetNeedsAName': 'Cần tên bộ dữ liệu.',
	'datasets.theFiguresDateMustBe': 'Ngày số liệu phải là một ngày.',
	'datasets.invalidDefaultTerrain': 'Địa hình mặc định không hợp lệ.',
	'datasets.whichDatasetToDeleteIs': 'Không rõ bộ dữ liệu cần xoá.',
	'datasets.thisDatasetNoLongerExists': 'Không còn bộ dữ liệu này (có thể đã bị xoá ở nơi khác).',
	'datasets.theUploadIsLargerThan': 'Tệp gửi lên lớn hơn mức máy chủ nhận.',
	'datasets.theServerRefusedTheRequest': 'Máy chủ từ chối yêu cầu.',
	'datasets.theServerCouldNotImport': 'Máy chủ không nhập được dữ liệu.',
	'datasets.couldNotSendTheFiles': 'Không gửi được tệp lên máy chủ.',
	'datasets.noDatasetYetImportA': 'Chưa có bộ dữ liệu. Nhập ranh giới và số liệu của tỉnh ở dưới.',
	'datasets.province': 'Tỉnh',
	'datasets.districts': 'Cấp huyện',
	'datasets.communes': 'Cấp xã',
	'datasets.figuresAsOf': 'Ngày số liệu',
	'datasets.created': 'Tạo lúc',
	'datasets.simulated': 'mô phỏng',
	'datasets.noDistrictLevel': 'không có cấp huyện',
	'datasets.twoTier': 'hai cấp',
	'datasets.edit': 'Sửa…',
	'datasets.deleteThisDatasetAndAll': 'Xoá bộ dữ liệu này và mọi số liệu của nó?',
	'datasets.delete': 'Xoá',
	'datasets.delete2': 'Xoá…',
	'datasets.defaultTerrain': 'Địa hình mặc định',
	'datasets.theDefaultTerrainAppliesTo':
		'Địa hình mặc định áp dụng cho các đơn vị chưa ghi địa hình riêng; mọi thay đổi được ghi nhật ký.',
	'datasets.importAProvince': 'Nhập dữ liệu một tỉnh',
	'datasets.selectTheDistrictAndCommune':
		'Chọn cùng lúc tệp ranh giới cấp huyện và cấp xã (GeoJSON, TopoJSON hoặc Shapefile nén .zip kèm .prj; toạ độ WGS84 hoặc VN-2000) và, nếu có, tệp số liệu CSV (mã, dân số, diện tích tự nhiên…). Dữ liệu hai cấp (tỉnh → xã, phường, từ 1/7/2025) chỉ cần tệp cấp xã. Mã đơn vị phải giữ số 0 ở đầu.',
	'datasets.datasetName': 'Tên bộ dữ liệu',
	'datasets.fromTheProvinceName': '(tự đặt theo tên tỉnh)',
	'datasets.suggestFromTheProvince': 'tự xác định theo tỉnh',
	'datasets.onlyWhenTheFilesHave': 'Chỉ cần khi tệp không có .prj, vd. vn2000-tm3:107.75 (Lâm Đồng)',
	'datasets.crs': 'Hệ toạ độ',
	'datasets.structure': 'Cấu trúc',
	'datasets.detectFromTheFiles': 'tự nhận biết theo tệp',
	'datasets.threeTierProvinceDistrictCommune': 'ba cấp (tỉnh → huyện → xã)',
	'datasets.twoTierProvinceCommuneWard': 'hai cấp (tỉnh → xã, phường)',
	'datasets.onlyForDbfOrCsv': 'Chỉ dùng cho tệp .dbf hoặc .csv không lưu theo UTF-8 và không có tệp .cpg',
	'datasets.legacyEncoding': 'Bảng mã tệp cũ',
	'datasets.utf8OrAsThe': 'UTF-8 hoặc theo .cpg',
	'datasets.vietnamese': 'tiếng Việt',
	'datasets.uploading': 'Đang tải lên…',
	'datasets.uploadedStartingTheImport': 'Đã tải lên, đang tạo lượt nhập…',
	'datasets.recentImports': 'Lượt nhập gần đây',
	'datasets.readingFiles': '(đang đọc tệp)',
	'datasets.done': 'xong',
	'datasets.failed': 'không nhập được',
	'datasets.runningP1': (p: { p1: Arg }) => `đang chạy ${p.p1}%`,
	'datasets.communeRuralDistrict': 'Xã / huyện',
	'datasets.wardCityUrbanDistrict': 'Phường / thành phố / quận',
	'datasets.townshipTown': 'Thị trấn / thị xã',
	'datasets.list': 'Danh sách',
	'datasets.twoTierNoDistrictLevel': 'hai cấp (không có cấp huyện)',
	'datasets.districts2': 'đơn vị cấp huyện',
	'datasets.communes2': 'đơn vị cấp xã',
	'datasets.figuresAsOf2': 'số liệu ngày',
	'datasets.dateOfTheFiguresNot': 'chưa ghi ngày của số liệu',
	'datasets.rules': 'Căn cứ',
	'datasets.levelShown': 'Cấp hiển thị',
	'datasets.findAUnitWithOr': 'Tìm đơn vị (có dấu hoặc không dấu)…',
	'datasets.noMatch': 'Không tìm thấy',
	'datasets.loadingTheUnits': 'Đang tải danh sách đơn vị…',
	'datasets.theUnitsCouldNotBe': 'Không tải được danh sách đơn vị. Hãy tải lại trang.',
	'datasets.notesOnTheDatasetAnd': 'lưu ý về bộ dữ liệu và căn cứ áp dụng',
	'datasets.verdictNq352023': 'Kết quả xác định (NQ 35/2023)',
	'datasets.kindOfUnit': 'Loại đơn vị hành chính',
	'datasets.colourTheMap': 'Tô màu bản đồ',
	'datasets.byVerdict': 'Theo kết quả',
	'datasets.byKind': 'Theo loại',
	'datasets.theVerdictChanged': 'Kết quả đã thay đổi',
	'datasets.closeTheNotice': 'Đóng thông báo',
	'datasets.editInputsRecordAnExemption': 'Sửa số liệu, ghi nhận lý do không sắp xếp',
	'compare.onlyInP1': (p: { p1: Arg }) => `Chỉ có ở ${p.p1}`,
	'compare.sameMembersAnotherP2': (p: { p1: Arg; p2: Arg }) => `Cùng thành viên, khác ${p.p1}`,
	'compare.alike': 'Giống nhau',
	'compare.compareScenarios': 'So sánh phương án',
	'compare.levelShownOnTheMaps': 'Cấp hiển thị trên bản đồ',
	'compare.print': 'In',
	'compare.chooseOtherScenarios': 'Chọn phương án khác',
	'compare.theFiguresComeFromThe':
		'Số liệu lấy từ cùng một phép tính với trang của từng phương án (đánh giá, biên chế). Kéo hoặc phóng to một bản đồ, các bản đồ khác đi theo.',
	'compare.figures': 'Các chỉ tiêu',
	'compare.figure': 'Chỉ tiêu',
	'compare.boldTheScenarioHandlingMore':
		'Số in đậm: phương án xử lý được nhiều đơn vị thuộc diện hơn, hoặc có nhiều đơn vị mới đạt tiêu chuẩn hơn. Các chỉ tiêu khác để Ban cân nhắc, công cụ không xếp hạng. Số người dân phải đổi giấy tờ tính theo dân số của các xã bị nhập hoặc chuyển huyện.',
	'compare.differencesBetweenTheMergerGroups': 'Khác nhau giữa các nhóm sáp nhập',
	'compare.members': 'Thành viên',
	'compare.difference': 'Khác biệt',
	'compare.absent': 'không có',
	'compare.theScenariosHaveTheSame': 'Các phương án có cùng các nhóm sáp nhập.',
	'compare.alikelengthGroupsAlikeInEvery': (p: { alikeLength: Arg }) =>
		`${p.alikeLength} nhóm giống nhau ở mọi phương án:`,
	'compare.compareAPair': 'So sánh từng cặp',
	'quality.twoDifferentUnitCodesAnd': 'Cần hai mã đơn vị khác nhau và lý do.',
	'quality.aAndBMustBe': (p: { a: Arg; b: Arg }) =>
		`Mã ${p.a} và ${p.b} phải là hai đơn vị cùng cấp của bộ dữ liệu này.`,
	'quality.dataQualityReport': 'Báo cáo chất lượng dữ liệu',
	'quality.computedAtImportFromThe': 'Tính khi nhập dữ liệu, từ ranh giới và số liệu của bộ dữ liệu.',
	'quality.adjacency': 'Quan hệ liền kề',
	'quality.communePairs': 'cặp xã liền kề',
	'quality.doubtful': 'cặp cần kiểm tra',
	'quality.twoTierDatasetNoDistrict': 'bộ dữ liệu hai cấp, không có cấp huyện',
	'quality.districtPairs': 'cặp huyện liền kề',
	'quality.twoUnitsAreAdjacentWhen':
		'Hai đơn vị liền kề khi chung một đoạn ranh giới có chiều dài (chạm nhau tại một điểm không tính), với dung sai 30 m cho khe hở và chồng lấn nhỏ của dữ liệu.',
	'quality.pairsSharingOnlyAVery': 'Các cặp chỉ chung đoạn ranh giới rất ngắn',
	'quality.manualAdjacencyIslandsFerriesExclaves':
		'Quan hệ liền kề thủ công (đảo, phà, vùng tách rời) và loại bỏ cạnh sai',
	'quality.unitCode1': 'mã đơn vị 1',
	'quality.unitCode2': 'mã đơn vị 2',
	'quality.addAdjacency': 'thêm liền kề',
	'quality.removeAdjacency': 'loại bỏ liền kề',
	'quality.reasonRequired': 'lý do (bắt buộc)',
	'quality.record': 'Ghi nhận',
	'quality.severity': 'Mức độ',
	'quality.check': 'Kiểm tra',
	'quality.units': 'Đơn vị',
	'quality.value': 'Giá trị',
	'quality.details': 'Nội dung',
	'scenarios.arrangementScenarios': 'Phương án sắp xếp',
	'scenarios.tick24ScenariosTo': 'Chọn 2–4 phương án để so sánh',
	'scenarios.compare': 'So sánh',
	'scenarios.status': 'Trạng thái',
	'scenarios.groups': 'Nhóm',
	'scenarios.version': 'Phiên bản',
	'scenarios.lastChange': 'Sửa lần cuối',
	'scenarios.compareName': (p: { name: Arg }) => `So sánh ${p.name}`,
	'scenarios.duplicate': 'Nhân bản',
	'scenarios.exportCsv': 'Xuất CSV',
	'scenarios.deleteTheScenarioRecoverableFor': 'Xoá phương án? (khôi phục được trong 30 ngày)',
	'scenarios.compareThePickedlengthChosenScenarios': (p: { pickedLength: Arg }) =>
		`So sánh ${p.pickedLength} phương án đã chọn`,
	'scenarios.atMostCompareMaxScenarios': (p: { COMPARE_MAX: Arg }) =>
		`Chỉ so sánh được tối đa ${p.COMPARE_MAX} phương án: bỏ chọn bớt.`,
	'scenarios.tick24ScenariosIn': 'Đánh dấu 2–4 phương án ở cột «So sánh» để xem chúng cạnh nhau.',
	'scenarios.noScenarioYetCreateOne':
		'Chưa có phương án nào. Tạo phương án mới rồi chọn các đơn vị cần nhập trên bản đồ.',
	'scenarios.automaticProposal': 'Đề xuất tự động',
	'scenarios.proposesMergerGroupsSoThat':
		'Máy đề xuất các nhóm sáp nhập để mọi đơn vị thuộc diện phải sắp xếp đạt tiêu chuẩn, thay đổi ít nhất, kèm lý do; nhận đề xuất thành một phương án để chỉnh sửa tiếp.',
	'scenarios.openThePlanner': 'Mở đề xuất tự động',
	'scenarios.newScenario': 'Tạo phương án mới',
	'scenarios.eGOption1': 'vd. Phương án 1',
	'scenarios.description': 'Mô tả',
	'scenarios.create': 'Tạo',
	'scenarios.importAPlanFromA': 'Nhập phương án từ bảng tính',
	'scenarios.csvWithColumns': 'CSV có các cột',
	'scenarios.optional': 'và tuỳ chọn',
	'scenarios.codesKeepLeadingZeros': 'Mã giữ số 0 ở đầu.',
	'scenarios.deletedRecoverableFor30Days': 'Đã xoá (khôi phục được trong 30 ngày)',
	'scenarios.deleted': 'xoá lúc',
	'scenarios.by': 'bởi',
	'scenarios.purgedAfter': 'xoá hẳn sau',
	'scenarios.restore': 'Khôi phục',
	'scenarios.clickAUnitToStart':
		'Bấm một đơn vị để bắt đầu nhóm mới hoặc thêm/bớt vào nhóm đang chọn; giữ Shift và kéo để chọn nhiều đơn vị. Bấm ✎ ở một thành viên để bình luận về đơn vị đó. Esc: bỏ chọn nhóm.',
	'scenarios.clickAUnitOnThe':
		'Bấm một đơn vị trên bản đồ để xem nhóm của nó và các bình luận về nó; dấu ✎ trên bản đồ là bình luận chưa giải quyết. Esc: bỏ chọn.',
	'scenarios.colourByGroup': 'Tô màu theo nhóm',
	'scenarios.mergingBoundaries': 'Đang ghép ranh giới…',
	'scenarios.banners.reloadTheLatest': 'Tải lại bản mới nhất',
	'scenarios.banners.saveAsACopy': 'Lưu thành bản sao',
	'scenarios.groupList.mergerGroups': 'Nhóm sắp xếp',
	'scenarios.groupList.newGroupClickItsFirst': 'Nhóm mới (bấm đơn vị đầu tiên)',
	'scenarios.groupList.addAUnitToThe': 'Thêm đơn vị vào nhóm đang chọn',
	'scenarios.groupList.findAUnitToStart': 'Tìm đơn vị để bắt đầu nhóm mới',
	'scenarios.groupList.typeANameThenEnter': 'Gõ tên rồi bấm Enter',
	'scenarios.groupList.inThisGroupEnterRemoves': 'đã trong nhóm này (Enter để bỏ ra)',
	'scenarios.groupList.inAnotherGroup': 'đã thuộc nhóm khác',
	'scenarios.history.loading': 'Đang tải…',
	'scenarioSummary.selectAGroupOrClick': 'Chọn một nhóm, hoặc bấm một đơn vị trên bản đồ để bắt đầu nhóm mới.',
	'scenarioSummary.selectAGroupOrClick2':
		'Chọn một nhóm, hoặc bấm một đơn vị trên bản đồ để xem nhóm và bình luận của nó.',
	'scenarioSummary.unitsSubject': 'đơn vị thuộc diện sắp xếp',
	'scenarioSummary.inGroups': 'đã vào nhóm',
	'scenarioSummary.left': 'còn lại',
	'scenarios.stillToArrange.stillToArrange': 'Còn phải sắp xếp',
	'scenarios.stillToArrange.subjectIn20232025': 'Thuộc diện giai đoạn 2023–2025',
	'scenarios.stillToArrange.subjectIn20232025And':
		'Thuộc diện giai đoạn 2023–2025 và 2026–2030 (giai đoạn 2026–2030 đã dừng)',
	'scenarios.stillToArrange.keep': 'Giữ nguyên…',
	'scenarios.stillToArrange.justification': 'Giải trình…',
	'scenarios.stillToArrange.letterNo': 'Văn bản đề nghị số',
	'scenarios.stillToArrange.eG123UbndNv': 'vd. 123/UBND-NV',
	'scenarios.stillToArrange.date': 'ngày',
	'scenarios.stillToArrange.ddMmYyyy': 'ngày/tháng/năm',
	'scenarios.stillToArrange.everyUnitThatMustBe': 'Đã xử lý hết các đơn vị thuộc diện phải sắp xếp.',
	'scenarios.stillToArrange.keptWithAReason': 'Không sắp xếp (có lý do)',
	'scenarios.stillToArrange.remove': 'Bỏ',
	'scenarios.toolbar.allScenarios': 'Danh sách phương án',
	'scenarios.toolbar.version': 'phiên bản',
	'scenarios.toolbar.v': 'bản',
	'scenarios.toolbar.undo': 'Hoàn tác',
	'scenarios.toolbar.redo': 'Làm lại',
	'scenarios.toolbar.after': 'Sau sắp xếp',
	'scenarios.toolbar.printableMapAfterTheArrangement': 'Bản đồ ĐVHC sau sắp xếp, để in',
	'scenarios.toolbar.mapAfter': 'Bản đồ sau sắp xếp',
	'scenarios.toolbar.consultation': 'Lấy ý kiến',
	'scenarios.toolbar.staffAndOffices': 'Biên chế, trụ sở',
	'scenarios.toolbar.dossier': 'Hồ sơ',
	'scenarios.unitCounts.unitsBeforeAfter': 'Số đơn vị trước → sau',
	'scenarios.unitCounts.districtLevel': 'Cấp huyện',
	'scenarios.unitCounts.communeLevel': 'Cấp xã',
	'scenarios.unitCounts.communesMovingToANew': 'Xã chuyển sang huyện mới (theo huyện được nhập)',
	'after.mapAfterTheArrangement': 'Bản đồ ĐVHC sau sắp xếp',
	'after.backToTheScenario': 'Về phương án',
	'after.showTheOldBordersFaint': 'Hiện mờ ranh giới cũ',
	'after.printTheMap': 'In bản đồ',
	'after.mapOfAdministrativeUnitsAfter': 'Bản đồ ĐVHC sau sắp xếp',
	'after.scenario': 'Phương án',
	'after.new': 'đơn vị mới',
	'after.mergingTheBoundariesAfterThe': 'Đang ghép ranh giới các đơn vị sau sắp xếp…',
	'after.legend': 'Chú giải',
	'after.newUnitFormedByThe': 'Đơn vị mới hình thành sau sắp xếp',
	'after.unitLeftAsItIs': 'Đơn vị giữ nguyên',
	'after.districtBordersAfterTheArrangement': 'Ranh giới cấp huyện sau sắp xếp',
	'after.oldBorders': 'Ranh giới cũ',
	'after.labelsTheNamesAfterThe': 'Nhãn: tên đơn vị sau sắp xếp.',
	'after.unitAfterTheArrangement': 'Đơn vị sau sắp xếp',
	'after.formedFrom': 'Hình thành từ',
	'after.district': 'Thuộc cấp huyện',
	'after.population': 'Dân số (người)',
	'after.areaKm': 'Diện tích (km²)',
	'after.couldNotLoadTheBoundaries': (p: { why: Arg }) =>
		`Không tải được ranh giới sau sắp xếp (${p.why}). Hãy tải lại trang; nếu vẫn lỗi, báo người quản trị.`,
	'after.newBoundariesAreMergedFrom':
		'Ranh giới đơn vị mới được ghép từ ranh giới các đơn vị hợp thành trong bộ dữ liệu; dân số, diện tích là tổng của các đơn vị hợp thành.',
	'consultation.deleteThisResolution': 'Xoá nghị quyết này?',
	'consultation.scenarioMap': 'Bản đồ phương án',
	'consultation.votersConsultationAndCouncilResolutions': 'Lấy ý kiến cử tri và nghị quyết HĐND',
	'consultation.theShareOfVotersAgreeing': (p: {
		p1: Arg;
		vi: Arg;
		cRuleProcedureVi: Arg;
		en: Arg;
		cRuleProcedureEn: Arg;
	}) =>
		`Tỷ lệ cử tri đồng ý phải trên ${p.p1} tổng số cử tri của đơn vị (${p.vi}); việc lấy ý kiến theo ${p.cRuleProcedureVi}. Đơn vị đúng ${p.p1} là không đạt.`,
	'consultation.theScenarioIsSubmittedOr':
		'Phương án đã trình hoặc đã phê duyệt nên kết quả lấy ý kiến không sửa được; hãy tạo bản sao để sửa.',
	'consultation.votersConsultationByUnit': 'Kết quả lấy ý kiến cử tri theo đơn vị',
	'consultation.theScenarioHasNoMerger': 'Phương án chưa có nhóm sắp xếp nào có từ 2 đơn vị trở lên.',
	'consultation.typeAFigureAndPress':
		'Gõ số vào ô rồi Enter hoặc Tab; có thể chép một vùng ô từ Excel và dán vào ô đầu tiên. Ngày ghi dạng ngày/tháng/năm.',
	'consultation.unitsEnteredP1OfP2': (p: { p1: Arg; p2: Arg }) =>
		`Tổng các đơn vị đã nhập: ${p.p1}/${p.p2} cử tri đồng ý.`,
	'consultation.orphanvoteslengthResultsBelongToUnits': (p: { orphanVotesLength: Arg; p1: Arg }) =>
		`Có ${p.orphanVotesLength} kết quả của đơn vị không còn trong nhóm sắp xếp nào (không tính): ${p.p1}.`,
	'consultation.importFromACsvFile': 'Nhập từ tệp CSV (UTF-8)',
	'consultation.onAnyErrorNothingIs': 'Có lỗi thì không ghi gì.',
	'consultation.importedRowsRowsChangedUnits': (p: { rows: Arg; changed: Arg }) =>
		`Đã nhập ${p.rows} dòng (${p.changed} đơn vị thay đổi).`,
	'consultation.ignoredColumns': 'Bỏ qua cột',
	'consultation.peopleSCouncilResolutions': 'Nghị quyết của Hội đồng nhân dân các cấp',
	'consultation.noResolutionYet': 'Chưa có nghị quyết nào.',
	'consultation.stillMissingTheResolutionOf': 'Còn thiếu nghị quyết của',
	'consultation.addResolution': 'Thêm nghị quyết',
	'dossier.downloaded': 'Đã tải ',
	'dossier.fromTheCache': ' (từ bộ nhớ đệm)',
	'dossier.theDossier': 'Hồ sơ đề án',
	'dossier.theFilesAreMadeFrom':
		'Các tệp được lập từ đúng số liệu và kết luận đang hiển thị trên màn hình; lần xuất thứ hai của cùng phiên bản được lấy từ bộ nhớ đệm.',
	'dossier.download': 'Tải hồ sơ',
	'dossier.levelOfTheMapData': 'Cấp của dữ liệu bản đồ và bảng',
	'dossier.thisFormatIsNotAvailable': 'Định dạng này chưa có',
	'dossier.notAvailableYet': 'chưa có',
	'dossier.makingTheFile': 'Đang lập tệp…',
	'dossier.aNewUnitKeepsIts':
		'Mã của đơn vị mới là mã của đơn vị nhận sáp nhập (theo thực tiễn), là mã tạm cho đến khi Tổng cục Thống kê xác nhận hoặc cấp mã mới; các tệp dữ liệu ghi rõ (code_prov = 1).',
	'dossier.oldNewCodeTableCsv': 'Bảng tương ứng mã cũ – mới (CSV)',
	'dossier.preview': 'Xem trước',
	'dossier.communeLevelUnits': 'Đơn vị hành chính cấp xã',
	'dossier.districtLevelUnits': 'Đơn vị hành chính cấp huyện',
	'dossier.codeProvisional': 'Mã (tạm)',
	'dossier.noNewUnitAtThis': 'Chưa có đơn vị mới ở cấp này.',
	'dossier.unitsAfterTheArrangement': 'Đơn vị hành chính sau sắp xếp',
	'dossier.newUnitMerged': 'Đơn vị mới (sáp nhập)',
	'dossier.theMapCouldNotBe': 'Không vẽ được bản đồ.',
	'dossier.drawingTheMap': 'Đang vẽ bản đồ…',
	'staffing.theStaffingInputsWereChanged':
		'Số liệu biên chế vừa được sửa ở nơi khác. Tải lại trang để xem bản mới nhất.',
	'staffing.staffOfficesAndTheRoadmap': 'Biên chế, trụ sở và lộ trình giải quyết dôi dư',
	'staffing.dateTheResolutionTakesEffect': 'Ngày nghị quyết có hiệu lực',
	'staffing.typicalStreamliningLeaver': 'Người nghỉ tinh giản điển hình',
	'staffing.resignation': 'thôi việc',
	'staffing.earlyRetirement': 'nghỉ hưu trước tuổi',
	'staffing.yearsOfService': 'Số năm công tác',
	'staffing.classEstimatesUnder': 'Ước tính phân loại theo',
	'staffing.theDatasetSDefault': 'mặc định của bộ dữ liệu',
	'staffing.saveAndRecompute': 'Lưu và tính lại',
	'staffing.saved': 'Đã lưu',
	'staffing.unsavedChanges': 'Có thay đổi chưa lưu',
	'staffing.valuesThatDifferFromThe': 'Giá trị tính toán khác văn bản quy định (do quản trị viên điều chỉnh)',
	'staffing.legalText': 'theo văn bản',
	'staffing.surplusAgainstTheDecree33': 'Dôi dư so với định mức Nghị định 33/2023 theo nhóm',
	'staffing.posts': 'người',
	'staffing.headcountPerYearAllGroups': 'Biên chế theo năm (tổng các nhóm)',
	'staffing.start': 'đầu',
	'staffing.yearYear': (p: { year: Arg }) => `năm ${p.year}`,
	'staffing.norm': 'định mức',
	'staffing.deadlineForTheSurplus': 'hạn giải quyết dôi dư',
	'staffing.noStaffFiguresNotCharted': 'Chưa có số liệu biên chế, không vẽ trên biểu đồ',
	'planner.proposedGroupOneColourEach': 'Nhóm đề xuất (mỗi nhóm một màu)',
	'planner.subjectLeftOut': 'Thuộc diện nhưng chưa ghép được',
	'planner.best': 'Tốt nhất',
	'planner.alternativeI': (p: { i: Arg }) => `Khác ${p.i}`,
	'planner.findsMergerGroupsSoThat':
		'Tìm các nhóm sáp nhập để mọi đơn vị thuộc diện phải sắp xếp có đơn vị liền kề ghép cùng, đạt tiêu chuẩn, thay đổi ít nhất.',
	'planner.bothPhases': 'Cả hai giai đoạn',
	'planner.allowCommuneGroupsAcrossDistrict': 'Cho phép ghép xã qua ranh giới huyện',
	'planner.mostUnitsInAGroup': 'Số đơn vị tối đa trong một nhóm',
	'planner.preferMergingSubjectUnitsWith': 'Ưu tiên ghép các đơn vị cùng thuộc diện với nhau',
	'planner.neverTouchTheseUnitsCodes': 'Giữ nguyên các đơn vị (mã, cách nhau bởi dấu phẩy)',
	'planner.completeADraft': 'Hoàn thiện phương án đang làm',
	'planner.noANewScenario': '— Không, lập phương án mới —',
	'planner.whatMatters': 'Điều gì quan trọng',
	'planner.fewResidentsWhoseDocumentsChange': 'Ít người dân phải đổi giấy tờ',
	'planner.compactGroupsMembersBorderingEach': 'Nhóm gọn (các đơn vị giáp nhau)',
	'planner.propose': 'Đề xuất',
	'planner.proposal': 'Đề xuất',
	'planner.chooseTheOptionsThenPress': 'Chọn điều kiện rồi bấm «Đề xuất».',
	'planner.time': 'Thời gian',
	'planner.optimal': 'tối ưu',
	'planner.stoppedAtTheTimeLimit': 'dừng do hết thời gian',
	'planner.districts': 'huyện',
	'planner.communes': 'xã',
	'planner.before': 'trước',
	'planner.allLawful': 'Tất cả hợp lệ, đạt chuẩn?',
	'planner.residentsAffected': 'Người dân bị ảnh hưởng',
	'planner.surplusStaffAgainstTheNorm': 'Cán bộ, công chức dôi dư (theo định mức)',
	'planner.meanCompactness': 'Độ gọn trung bình',
	'planner.subjectUnitsLeft': 'Đơn vị thuộc diện / chưa ghép',
	'planner.differsFromTheBest': 'Khác phương án tốt nhất',
	'planner.groups': 'Các nhóm',
	'planner.kept': 'có sẵn',
	'planner.area': 'diện tích',
	'planner.population': 'dân số',
	'planner.crossesADistrictLine': 'qua ranh giới huyện',
	'planner.whyThesePartnersTheNext': 'Vì sao chọn các đơn vị này: cách ghép kế tiếp cho',
	'planner.p1PointsWorse': (p: { p1: Arg }) => `kém hơn ${p.p1} điểm`,
	'planner.asGoodSeeTheAlternatives': 'tốt ngang (xem phương án khác)',
	'planner.noOtherCombinationExists': 'Không có cách ghép nào khác.',
	'planner.leftOut': 'Chưa ghép được',
	'planner.acceptThisPlan': 'Nhận phương án này',
	'planner.nameOfTheNewScenario': 'Tên phương án mới',
	'planner.eGAutomatic1': 'vd. Đề xuất tự động 1',
	'planner.createANewScenario': 'Tạo phương án mới',
	'planner.addToTheDraft': 'Thêm vào phương án đang làm',
	'staffing.staffLeadersAndOfficesOf': 'Biên chế, lãnh đạo và trụ sở của từng đơn vị',
	'staffing.actualFiguresEnteredByThe':
		'Số liệu thực tế do Sở Nội vụ nhập: phân loại đơn vị hành chính, số cán bộ, công chức hiện có, số người hoạt động không chuyên trách, số cán bộ lãnh đạo và số trụ sở. Ô để trống là chưa có số liệu: khi tính dôi dư, công cụ dùng số lượng theo quy định của loại đơn vị.',
	'staffing.district': 'Huyện',
	'staffing.classEnteredClsCommuneslengthCadres': (p: { cls: Arg; communesLength: Arg; staff: Arg }) =>
		`Đã nhập phân loại: ${p.cls}/${p.communesLength}; cán bộ, công chức: ${p.staff}/${p.communesLength}.`,
	'staffing.classEstimateUnder': 'Ước tính phân loại theo',
	'staffing.default': ' — mặc định',
	'staffing.theP2EstimateUsesOnly': (p: { p1: Arg; p2: Arg }) =>
		`Ước tính theo ${p.p1} chỉ từ điểm dân số và diện tích (tối đa 65 điểm): khi chưa có điểm các tiêu chí khác, đây là mức tối thiểu. Phân loại chính thức là số liệu nhập ở cột «Phân loại».`,
	'staffing.theDecree3072025Bands':
		'Khung điểm của Nghị định 307/2025 (loại I từ 75, loại II từ 60, phường loại đặc biệt từ 90) cần xác minh; điểm dân số, diện tích vẫn theo các mức của Nghị quyết 1211.',
	'staffing.areaComputedFromTheBoundary': '* diện tích tính từ ranh giới.',
	'staffing.districtLevelHasNoQuota':
		'Cấp huyện không có công thức định biên: nhập số cán bộ, công chức hiện có của các cơ quan cấp huyện.',
	'imports.import': 'Lượt nhập dữ liệu',
	'imports.readingTheFileList': '(đang đọc danh sách tệp)',
	'imports.started': 'bắt đầu',
	'imports.theImportRunsOnThe':
		'Việc nhập chạy trên máy chủ: có thể rời trang này và quay lại sau (danh sách ở trang Bộ dữ liệu).',
	'imports.theImportFailedNothingWas': 'Không nhập được; không có gì được lưu.',
	'imports.backToDatasetsToTry': 'Về trang Bộ dữ liệu để nhập lại',
	'imports.importedATwoTierDataset': (p: { communes: Arg }) =>
		`Đã nhập bộ dữ liệu hai cấp: ${p.communes} đơn vị cấp xã.`,
	'imports.importedDistrictsDistrictsCommunesCommunes': (p: { districts: Arg; communes: Arg }) =>
		`Đã nhập ${p.districts} đơn vị cấp huyện, ${p.communes} đơn vị cấp xã.`,
	'imports.openTheMap': 'Mở bản đồ',
	'healthz.databaseErrorP1': (p: { p1: Arg }) => `Lỗi cơ sở dữ liệu: ${p.p1}`,
	'login.enterYourLoginAndPassword': 'Nhập tên đăng nhập và mật khẩu.',
	'login.signIn': 'Đăng nhập',
	'login.planningTheArrangementOfDistrict': 'Công cụ lập phương án sắp xếp đơn vị hành chính cấp huyện, cấp xã.',
	'login.password': 'Mật khẩu',
	'login.noAccountOrForgotThe': 'Chưa có tài khoản hoặc quên mật khẩu: liên hệ quản trị viên của Sở.',
	'review.submitted': 'Trình lúc',
	'review.by': 'Người trình',
	'review.compareWithOtherScenarios': 'So sánh với phương án khác',
	'review.noScenarioIsWaitingFor': 'Không có phương án nào chờ thẩm định.',
	'standards.noSuchValue': 'Không có giá trị này.',
	'standards.theValueCannotBeRead': 'Giá trị không đọc được.',
	'standards.aReasonDocumentArticleIs': 'Cần ghi lý do điều chỉnh (văn bản, điều khoản).',
	'standards.theValueIsNotValid': 'Giá trị không hợp lệ cho mục này.',
	'standards.standardsAndThresholds': 'Tiêu chuẩn và ngưỡng áp dụng',
	'standards.ruleSet': 'Bộ quy tắc',
	'standards.eachValueCarriesItsLegal':
		'Mỗi giá trị kèm căn cứ pháp lý. Giá trị “cần xác minh” chưa đối chiếu được với văn bản gốc: quản trị viên có thể điều chỉnh, kèm lý do; mọi kết quả đánh giá dùng ngay giá trị mới.',
	'standards.onlyValuesToVerify': 'Chỉ hiện giá trị cần xác minh',
	'standards.item': 'Nội dung',
	'standards.basis': 'Căn cứ',
	'standards.overridden': 'đã điều chỉnh',
	'standards.toVerify': 'cần xác minh',
	'standards.newValue': 'Giá trị mới',
	'standards.reasonDocumentArticle': 'Lý do, văn bản, điều khoản',
	'standards.correct': 'Điều chỉnh',
	'standards.backToTheLegalValue': 'Trả về theo văn bản',
	'standards.historyOfCorrections': 'Lịch sử điều chỉnh',
	'standards.item2': 'Mục',
	'standards.replacedRevoked': 'đã thay/huỷ',
	'standards.inForce': 'đang áp dụng',
	'staffingGrid.persons': 'người',
	'staffingGrid.buildings': 'trụ sở',
	'settingValue.posts': 'biên chế',
	'settingValue.points': 'điểm',
	'settingValue.years': 'năm',
	'settingValue.monthsOfSalary': 'tháng lương',
	'audit.create': 'tạo',
	'audit.update': 'sửa',
	'audit.delete': 'xoá',
	'audit.restore': 'khôi phục',
	'audit.status': 'chuyển trạng thái',
	'audit.resolved': 'đã giải quyết',
	'audit.reopened': 'mở lại',
	'quality.error': 'Lỗi',
	'quality.warning': 'Cảnh báo',
	'quality.info': 'Thông tin',
	'quality.geometryRepaired': 'Đã sửa hình học',
	'quality.overlapBetweenNeighbours': 'Chồng lấn giữa hai đơn vị',
	'quality.gapBetweenUnits': 'Khe hở giữa các đơn vị',
	'quality.noNeighbour': 'Không có đơn vị liền kề',
	'quality.communeOutsideItsDistrict': 'Xã lấn ra ngoài huyện',
	'quality.computedOfficialArea': 'Diện tích tính ≠ chính thức',
	'quality.checkFailed': 'Không kiểm tra được',
	'scenarios.toolbar.versionConflict': 'Xung đột phiên bản',
	'scenarios.toolbar.notSaved': 'Chưa lưu được',
	'consultation.communeCouncil': 'HĐND cấp xã',
	'consultation.districtCouncil': 'HĐND cấp huyện',
	'consultation.provincialCouncil': 'HĐND tỉnh',
	'planner.readingTheData': 'Đang đọc dữ liệu',
	'planner.listingThePossibleGroups': 'Đang liệt kê các cách ghép',
	'planner.findingTheBestPlan': 'Đang tìm phương án tối ưu',
	'planner.findingAlternatives': 'Đang tìm phương án khác',
	'planner.mattersLittle': 'ít quan trọng',
	'planner.matters': 'vừa phải',
	'planner.mattersALot': 'rất quan trọng',
	'planner.working': 'Đang xử lý',
	'dossier.mapSvg.north': 'B',
	'dossier.registry.fromTheCache': 'Lấy từ bộ nhớ đệm',
	'dossier.docx.districtLevel': 'Sắp xếp đơn vị hành chính cấp huyện',
	'dossier.docx.communeLevel': 'Sắp xếp đơn vị hành chính cấp xã',
	'scenario.beforeDistrictDistrictLevelP1': (p: { district: Arg; p1: Arg; commune: Arg; p2: Arg }) =>
		`  Trước: ${p.district} cấp huyện (${p.p1}), ${p.commune} cấp xã (${p.p2})`,
	'scenario.afterDistrictDistrictLevelP1': (p: { district: Arg; p1: Arg; commune: Arg; p2: Arg }) =>
		`  Sau:   ${p.district} cấp huyện (${p.p1}), ${p.commune} cấp xã (${p.p2})`,
	'scenario.contiguityUnknown': 'chưa kiểm tra liền kề',
	'scenario.contiguous': 'liền một khối',
	'scenario.partslengthSeparateParts': (p: { partsLength: Arg }) => `${p.partsLength} mảnh rời`,
	'scenario.subjectUnitsLeftP1Mandatoryleftlength': (p: { p1: Arg; mandatoryLeftLength: Arg }) =>
		`  Còn phải sắp xếp (${p.p1}): ${p.mandatoryLeftLength}`,
	'scenario.residentsWhoseDocumentsChangeP1': (p: { p1: Arg; p2: Arg; p3: Arg; districtChangeCommunes: Arg }) =>
		`  Người dân phải đổi giấy tờ: ${p.p1} (xã bị nhập ${p.p2}; đổi huyện ${p.p3} ở ${p.districtChangeCommunes} xã)`,
	'rules.textLabels.resolutionP1': (p: { p1: Arg }) => `Nghị quyết số ${p.p1}`,
	'rules.textLabels.theToolSMethodNot': 'Cách tính của công cụ (không phải quy định pháp luật)',
	'rules.textLabels.docP1': (p: { doc: Arg; p1: Arg }) => `${p.doc}, mục ${p.p1}`,
	'rules.textLabels.asAmendedByP1': (p: { p1: Arg }) => ` (được sửa đổi, bổ sung bởi ${p.p1})`,
	'rules.textLabels.phaseP1': (p: { p1: Arg }) => `Giai đoạn ${p.p1}`,
	'rules.textLabels.naturalAreaBelowP1And': (p: { p1: Arg; p2: Arg }) =>
		`Diện tích tự nhiên dưới ${p.p1} và quy mô dân số dưới ${p.p2} tiêu chuẩn`,
	'rules.textLabels.notAssessed': 'Chưa đánh giá được',
	'rules.textLabels.mountainousHighland': 'Miền núi, vùng cao',
	'rules.textLabels.notMountainousHighland': 'Không thuộc miền núi, vùng cao',
	'rules.textLabels.setOnTheUnit': 'theo danh mục của đơn vị',
	'rules.textLabels.statusSubject20232025': 'Thuộc diện sắp xếp giai đoạn 2023–2025',
	'rules.textLabels.statusSubject20262030': 'Thuộc diện sắp xếp giai đoạn 2026–2030',
	'rules.textLabels.statusNotSubject': 'Không thuộc diện sắp xếp',
	'rules.textLabels.statusExempt': 'Không bắt buộc sắp xếp',
	'rules.textLabels.statusMissingData': 'Thiếu số liệu để xác định',
	'rules.textLabels.roleMandatory': 'Thuộc diện phải sắp xếp',
	'rules.textLabels.roleAdjacentPartner': 'Đơn vị liền kề',
	'rules.textLabels.roleEncouraged': 'Khuyến khích sắp xếp',
	'rules.textLabels.roleNotApplicable': 'Không áp dụng',
	'rules.textLabels.meetsBoth': 'Đạt tiêu chuẩn diện tích tự nhiên và quy mô dân số',
	'rules.textLabels.meetsArea': 'Đạt tiêu chuẩn diện tích tự nhiên, chưa đạt tiêu chuẩn quy mô dân số',
	'rules.textLabels.meetsPopulation': 'Đạt tiêu chuẩn quy mô dân số, chưa đạt tiêu chuẩn diện tích tự nhiên',
	'rules.textLabels.meetsNone': 'Chưa đạt tiêu chuẩn diện tích tự nhiên và quy mô dân số',
	'rules.textLabels.factorEthnicMinority': 'Dân tộc thiểu số (miền núi, vùng cao)',
	'rules.textLabels.factorBorder': 'Biên giới quốc gia trên đất liền',
	'rules.textLabels.factorCoastalDifficult': 'Xã đặc biệt khó khăn vùng bãi ngang, ven biển',
	'rules.textLabels.factorDelta': 'Vùng Đồng bằng sông Hồng',
	'rules.textLabels.factorIsland': 'Đơn vị hành chính ở hải đảo',
	'rules.textLabels.levelProvince': 'cấp tỉnh',
	'rules.textLabels.levelDistrict': 'cấp huyện',
	'rules.textLabels.levelCommune': 'cấp xã',
	'rules.textLabels.provinceClassCentralCity': 'thành phố trực thuộc trung ương',
	'rules.textLabels.provinceClassMountainousOrBorder': 'tỉnh miền núi, vùng cao hoặc biên giới',
	'rules.textLabels.exemptionArranged20192021': 'Đã sắp xếp trong giai đoạn 2019–2021',
	'rules.textLabels.exemptionArranged20192021Or20232025': 'Đã sắp xếp trong giai đoạn 2019–2021 hoặc 2023–2025',
	'rules.textMerger.toVerify': ' (cần xác minh)',
	'rules.textMerger.justificationAP1UnitsMerged': (p: { p1: Arg; p2: Arg; verify: Arg }) =>
		`Lý do (a): nhập ${p.p1} đơn vị (từ ${p.p2} đơn vị trở lên)${p.verify}.`,
	'rules.textMerger.justificationB2UnitsMerged': (p: { verify: Arg }) =>
		`Lý do (b): nhập 2 đơn vị, không còn đơn vị liền kề nào khác để nhập thêm${p.verify}.`,
	'rules.textMerger.justificationB2UnitsMerged2': (p: { factors: Arg; verify: Arg }) =>
		`Lý do (b): nhập 2 đơn vị có yếu tố đặc thù (${p.factors})${p.verify}.`,
	'rules.textMerger.noRecognisedJustificationForThe': (p: { p1: Arg; p2: Arg; verify: Arg }) =>
		`Chưa có lý do được thừa nhận cho việc đơn vị mới chưa đạt tiêu chuẩn: không thuộc (a) nhập từ ${p.p1} đơn vị trở lên, cũng không thuộc (b) vì còn đơn vị liền kề có thể nhập thêm (${p.p2}) và không có yếu tố đặc thù${p.verify}.`,
	'rules.textMerger.justificationB2UnitsNo': (p: { verify: Arg }) =>
		`Chưa xác định được lý do (b) (nhập 2 đơn vị, không còn đơn vị liền kề để nhập thêm): thiếu dữ liệu liền kề; không có yếu tố đặc thù${p.verify}.`,
	'rules.textMerger.aMergerNeedsAtLeast': (p: { p1: Arg }) => `Phương án nhập cần ít nhất 2 đơn vị (hiện có ${p.p1}).`,
	'rules.textMerger.unitsListedTwiceP1': (p: { p1: Arg }) => `Đơn vị bị lặp trong phương án: ${p.p1}.`,
	'rules.textMerger.mergedUnitsMustBeOf': (p: { p1: Arg }) => `Các đơn vị nhập phải cùng cấp (${p.p1}).`,
	'rules.textMerger.theUnitsBelongToDifferent': (p: { p1: Arg }) =>
		`Các đơn vị thuộc các tỉnh khác nhau (${p.p1}): phương án làm thay đổi địa giới đơn vị hành chính cấp tỉnh.`,
	'rules.textMerger.theUnitsBelongToDifferent2': (p: { p1: Arg }) =>
		`Các đơn vị thuộc các đơn vị hành chính cấp huyện khác nhau (${p.p1}): phương án làm điều chỉnh địa giới đơn vị hành chính cấp huyện.`,
	'rules.textMerger.group': 'nhóm',
	'rules.textMerger.theUnitsDoNotForm': (p: { namesLength: Arg; groups: Arg }) =>
		`Các đơn vị không liền một khối, tách thành ${p.namesLength} nhóm không có chung đường địa giới (${p.groups}).`,
	'rules.textMerger.cannotTellWhetherTheUnits': (p: { list: Arg }) =>
		`Chưa xác định được các đơn vị có liền kề nhau hay không (thiếu dữ liệu địa giới giữa: ${p.list}).`,
	'rules.textMerger.contiguityNotCheckedNoBoundary': 'Chưa kiểm tra tính liền kề (không có dữ liệu địa giới).',
	'rules.textMerger.populationMissingForP1': (p: { p1: Arg }) => `Thiếu số liệu dân số của: ${p.p1}.`,
	'rules.textMerger.areaMissingForP1': (p: { p1: Arg }) => `Thiếu số liệu diện tích của: ${p.p1}.`,
	'rules.textMerger.notEveryMemberHasAn': (p: { p1: Arg }) =>
		`Không phải đơn vị nào cũng có diện tích chính thức: diện tích của ${p.p1} lấy theo số liệu tính từ bản đồ.`,
	'rules.textMerger.codeP1IsNotOne': (p: { p1: Arg }) => `Mã ${p.p1} không thuộc các đơn vị nhập.`,
	'rules.textMerger.newNameP1IsNone': (p: { p1: Arg }) => `Tên mới «${p.p1}» không trùng tên đơn vị nào được nhập.`,
	'rules.textMerger.theMembersMixMountainousHighland': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`Các đơn vị nhập gồm cả đơn vị miền núi, vùng cao (${p.p1}) và đơn vị khác (${p.p2}); áp dụng địa hình của đơn vị giữ mã: ${p.p3}.`,
	'rules.textMerger.ethnicMinorityShareOrPopulation':
		'Thiếu tỷ lệ dân số là người dân tộc thiểu số hoặc dân số của một số đơn vị: đơn vị mới không được tính giảm tiêu chuẩn theo yếu tố dân tộc thiểu số.',
	'rules.textMerger.wardsMergedTogetherTheNew': 'Nhập các phường với nhau: đơn vị mới là phường.',
	'rules.textMerger.aCommuneOrTownshipIs': 'Có xã hoặc thị trấn tham gia nhập: đơn vị mới là xã.',
	'rules.textMerger.byThe20232025Practice': (p: { k: Arg; absorbed: Arg }) =>
		`Theo thực tiễn sắp xếp giai đoạn 2023–2025 (không phải quy định của văn bản), ${p.k} nhập thêm ${p.absorbed} giữ nguyên loại và tên: đơn vị mới là ${p.k}; người dùng có thể chọn loại khác, kèm lý do.`,
	'rules.textMerger.theNewUnitKeepsThe': (p: { p1: Arg; p2: Arg }) =>
		`Đơn vị mới giữ loại ${p.p1} theo thực tiễn nhưng chưa đạt tiêu chuẩn của ${p.p1} (${p.p2}).`,
	'rules.textMerger.sameKindTheNewUnit': (p: { p1: Arg }) => `Các đơn vị cùng loại: đơn vị mới là ${p.p1}.`,
	'rules.textMerger.kindP1IsNotOf': (p: { p1: Arg; p2: Arg }) =>
		`Loại đơn vị ${p.p1} không cùng cấp với các đơn vị nhập (${p.p2}).`,
	'rules.textMerger.kindChosenByTheUser': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`Loại đơn vị mới do người dùng chọn: ${p.p1} (theo quy tắc: ${p.p2}).${p.p3}`,
	'rules.textMerger.noReasonRecordedForThe': 'Chưa ghi lý do chọn loại đơn vị mới.',
	'rules.textMerger.p2UnitsMergedP1Or': (p: { p1: Arg; p2: Arg }) =>
		`Nhập từ ${p.p1} đơn vị trở lên (${p.p2} đơn vị): không xét tiêu chuẩn diện tích tự nhiên và quy mô dân số của đơn vị mới.`,
	'rules.textMerger.requiredP1': (p: { p1: Arg }) => `, yêu cầu ${p.p1}`,
	'rules.textMerger.newUnitP1NaturalArea': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg; p5: Arg; p6: Arg }) =>
		`Đơn vị mới (${p.p1}): diện tích tự nhiên bằng ${p.p2} tiêu chuẩn${p.p3}; quy mô dân số bằng ${p.p4} tiêu chuẩn${p.p5}. ${p.p6}.`,
	'rules.textMerger.p1OfNaturalArea': (p: { p1: Arg }) => `${p.p1} diện tích tự nhiên`,
	'rules.textMerger.theNewUnitFallsShort': (p: { p1: Arg; p2: Arg }) =>
		`Đơn vị mới chưa đạt tiêu chuẩn: còn thiếu ${p.p1}.`,
	'rules.textMerger.p2MissingTheNewUnit': (p: { p1: Arg; p2: Arg }) =>
		`Thiếu số liệu ${p.p1} nên chưa đánh giá được tiêu chuẩn của đơn vị mới.`,
	'rules.textMerger.theProposalIncludesUnitsSubject': (p: { p1: Arg; p2: Arg }) =>
		`Phương án có đơn vị thuộc diện sắp xếp giai đoạn ${p.p1}: ${p.p2}; các đơn vị còn lại là đơn vị liền kề.`,
	'rules.textMerger.noMemberIsSubjectAn':
		'Không có đơn vị nào thuộc diện sắp xếp: phương án thuộc trường hợp khuyến khích sắp xếp.',
	'rules.textMerger.arrangementStatusUnknownForP1': (p: { p1: Arg }) =>
		`Chưa xác định được diện sắp xếp của: ${p.p1} (thiếu số liệu).`,
	'rules.textMerger.theDatasetHasNoReference': (p: { p1: Arg }) =>
		`Bộ dữ liệu chưa ghi thời điểm của số liệu; bộ quy tắc dùng số liệu tính đến ngày ${p.p1}.`,
	'rules.textMerger.theDatasetSFiguresAre': (p: { p1: Arg; p2: Arg }) =>
		`Số liệu của bộ dữ liệu tính đến ${p.p1}, trong khi bộ quy tắc dùng số liệu tính đến ngày ${p.p2}.`,
	'rules.textMerger.provinceClassForTheWard': (p: { p1: Arg }) =>
		`Chưa ghi nhóm tỉnh để chọn tiêu chuẩn dân số của phường; tạm xác định là ${p.p1}.`,
	'rules.textMerger.overrideNotApplied': (p: { key: Arg; problem: Arg }) =>
		`Không áp dụng được giá trị điều chỉnh cho «${p.key}» (${p.problem}).`,
	'rules.textMerger.overrideUnknownKey': 'không có giá trị này trong bộ quy tắc',
	'rules.textMerger.overrideWrongType': 'sai kiểu dữ liệu',
	'rules.textMerger.overrideInvalidValue': 'giá trị không hợp lệ',
	'rules.textMerger.factorIsolated': 'vị trí biệt lập',
	'rules.textMerger.factorIsland': 'hải đảo',
	'rules.textMerger.factorEthnicMinority': 'dân tộc thiểu số',
	'rules.textMerger.factorBorder': 'biên giới, quốc phòng',
	'rules.textMerger.factorDefenceOrSpecial': 'yếu tố đặc thù quốc phòng, an ninh',
	'rules.textMerger.p1RuleSetValuesAre': (p: { p1: Arg }) =>
		`${p.p1} giá trị trong bộ quy tắc chưa được xác minh với văn bản gốc và có thể được quản trị viên điều chỉnh (đánh dấu trên trang Tiêu chuẩn).`,
	'rules.textUnit.populationFigureMissing': 'Thiếu số liệu quy mô dân số.',
	'rules.textUnit.invalidPopulationFigureP1': (p: { p1: Arg }) => `Số liệu dân số không hợp lệ (${p.p1}).`,
	'rules.textUnit.naturalAreaMissingNeitherAn':
		'Thiếu số liệu diện tích tự nhiên (không có diện tích chính thức lẫn diện tích tính từ bản đồ).',
	'rules.textUnit.invalidAreaFigureP1': (p: { p1: Arg }) => `Số liệu diện tích không hợp lệ (${p.p1}).`,
	'rules.textUnit.computedAreaP1DiffersBy': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`Diện tích tính từ bản đồ (${p.p1}) chênh ${p.p2} so với diện tích tự nhiên chính thức (${p.p3}), vượt ngưỡng ${p.p4}: cần kiểm tra số liệu. Tiêu chí dùng diện tích chính thức.`,
	'rules.textUnit.ethnicMinorityShareP1Must': (p: { p1: Arg }) =>
		`Tỷ lệ dân số là người dân tộc thiểu số (${p.p1}) phải nằm trong khoảng 0–1 (0–100%); giá trị này không được dùng.`,
	'rules.textUnit.unknownKindOfUnitP1': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`Loại đơn vị hành chính không xác định (${p.p1})${p.p2}.`,
	'rules.textUnit.theUnitSLevelP1': (p: { p1: Arg; p2: Arg }) =>
		`Cấp của đơn vị (${p.p1}) không khớp với loại đơn vị (${p.p2}).`,
	'rules.textUnit.theKindOfTheWard':
		'Chưa biết loại đơn vị hành chính cấp huyện (quận, thị xã hay thành phố) của phường, nên chưa xác định được tiêu chuẩn của phường.',
	'rules.textUnit.p1DoesNotApplyTo': (p: { p1: Arg; p2: Arg }) =>
		`${p.p1} không áp dụng cho đơn vị hành chính ${p.p2}.`,
	'rules.textUnit.theRuleSetHasNo': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`Bộ quy tắc không có tiêu chuẩn cho ${p.p1}${p.p2}.`,
	'rules.textUnit.exemptionReasonP1IsNot': (p: { p1: Arg }) =>
		`Lý do không bắt buộc sắp xếp «${p.p1}» không có trong bộ quy tắc; chưa áp dụng.`,
	'rules.textUnit.noJustificationRecordedForThe': 'Chưa ghi nội dung giải trình cho lý do không bắt buộc sắp xếp.',
	'rules.textUnit.mountainousHighlandUnitWithP1': (p: { p1: Arg; p2: Arg; stepVi: Arg; stepEn: Arg }) =>
		`Đơn vị miền núi, vùng cao có ${p.p1} dân số là người dân tộc thiểu số: tiêu chuẩn quy mô dân số tính bằng ${p.p2} mức quy định${p.stepVi}.`,
	'rules.textUnit.unitOnANationalLand': (p: { p1: Arg; stepVi: Arg; stepEn: Arg }) =>
		`Đơn vị có đường biên giới quốc gia trên đất liền: tiêu chuẩn quy mô dân số tính bằng ${p.p1} mức quy định${p.stepVi}.`,
	'rules.textUnit.speciallyDifficultCoastalCommuneThe': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`Xã đặc biệt khó khăn vùng bãi ngang, ven biển: tiêu chuẩn quy mô dân số bằng ${p.p1} mức quy định tại ${p.p2} (${p.p3}), không phân biệt địa hình.`,
	'rules.textUnit.speciallyDifficultCoastalCommuneThe2': (p: { p1: Arg }) =>
		`Xã đặc biệt khó khăn vùng bãi ngang, ven biển: tiêu chuẩn quy mô dân số tính bằng ${p.p1} mức quy định.`,
	'rules.textUnit.islandUnitNotJudgedAgainst': (p: { p1: Arg; p2: Arg }) =>
		`Đơn vị hành chính ở hải đảo: không áp dụng tiêu chuẩn của đất liền; tiêu chuẩn quy mô dân số và diện tích tự nhiên tính bằng ${p.p1} mức quy định cho ${p.p2} (cần xác minh).`,
	'rules.textUnit.redRiverDeltaRuralUnit': (p: { p1: Arg }) =>
		`Đơn vị hành chính nông thôn vùng Đồng bằng sông Hồng: tiêu chuẩn diện tích tự nhiên tính bằng ${p.p1} mức quy định.`,
	'rules.textUnit.percentagesAreTakenAgainstThe':
		'Tỷ lệ so với tiêu chuẩn được tính trên mức quy định chưa giảm (theo thiết lập của bộ quy tắc).',
	'rules.textUnit.p1SubUnitsMeetingThe': (p: { p1: Arg; p2: Arg }) =>
		`Có ${p.p1} đơn vị hành chính trực thuộc, đạt mức từ ${p.p2} đơn vị trở lên (thông tin, không phải tiêu chí của Nghị quyết 35).`,
	'rules.textUnit.p1SubUnitsBelowThe': (p: { p1: Arg; p2: Arg }) =>
		`Có ${p.p1} đơn vị hành chính trực thuộc, chưa đạt mức từ ${p.p2} đơn vị trở lên (thông tin, không phải tiêu chí của Nghị quyết 35).`,
	'rules.textUnit.noP1AmongTheSub': (p: { p1: Arg }) => `Chưa có ${p.p1} trực thuộc (thông tin).`,
	'rules.textUnit.theResultReliesOnP1': (p: { p1: Arg }) =>
		`Kết quả dựa trên ${p.p1} giá trị chưa được xác minh với văn bản gốc (đánh dấu trên trang Tiêu chuẩn).`,
	'rules.textUnit.naturalAreaP1AndPopulation': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`Diện tích tự nhiên bằng ${p.p1} và quy mô dân số bằng ${p.p2} tiêu chuẩn: ${p.p3}.`,
	'rules.textUnit.p1HasNoPerUnit': (p: { p1: Arg }) =>
		`${p.p1} không quy định tiêu chí xác định từng đơn vị thuộc diện sắp xếp; tiêu chuẩn dùng để đánh giá đơn vị hình thành sau sắp xếp.`,
	'rules.textUnit.theRuleSetHasNo2': (p: { p1: Arg }) =>
		`Bộ quy tắc không có tiêu chí sắp xếp đối với đơn vị hành chính ${p.p1}.`,
	'rules.textUnit.cannotTellWhetherTheUnit': (p: { p1: Arg; p2: Arg }) =>
		`Chưa xác định được đơn vị có thuộc diện sắp xếp giai đoạn ${p.p1} hay không do thiếu số liệu ${p.p2}.`,
	'rules.textUnit.notSubjectNaturalAreaIs': (p: { p1: Arg; p2: Arg }) =>
		`Không thuộc diện sắp xếp: diện tích tự nhiên bằng ${p.p1} và quy mô dân số bằng ${p.p2} tiêu chuẩn.`,
	'rules.textUnit.theUnitIsNotSubject':
		'Đơn vị không thuộc diện sắp xếp nên lý do không bắt buộc sắp xếp đã ghi không cần áp dụng.',
	'rules.textUnit.naturalAreaIsP1Of': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg; p5: Arg }) =>
		`Diện tích tự nhiên bằng ${p.p1} tiêu chuẩn (dưới ${p.p2}) và quy mô dân số bằng ${p.p3} tiêu chuẩn (dưới ${p.p4}): thuộc diện sắp xếp giai đoạn ${p.p5}.`,
	'rules.textUnit.inP3P2': (p: { p1: Arg; p2: Arg; p3: Arg }) => ` từ tháng ${p.p1}/${p.p2}`,
	'rules.textUnit.replacedByTheRoundOf': (p: { p1: Arg }) => `, thay bằng đợt sắp xếp theo ${p.p1}`,
	'rules.textUnit.theP1PhaseWasHalted': (p: { p1: Arg; when: Arg; repl: Arg }) =>
		`Giai đoạn ${p.p1} đã dừng thực hiện${p.when}${p.repl}; kết quả vẫn được hiển thị để tham khảo.`,
	'rules.textUnit.notRequiredToBeArranged': (p: { p1: Arg; p2: Arg }) =>
		`Không bắt buộc sắp xếp giai đoạn ${p.p1} vì đơn vị đã được sắp xếp trong giai đoạn ${p.p2} (áp dụng tự động theo quy định).`,
	'rules.textUnit.notRequiredToBeArranged2': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`Không bắt buộc sắp xếp giai đoạn ${p.p1}: ${p.p2}.${p.p3}`,
	'rules.textUtil.naturalArea': 'diện tích tự nhiên',
	'rules.textUtil.population': 'quy mô dân số',
	'rules.textUtil.and': ' và ',
	'scenario.text.noUnitWithCodeP1': (p: { p1: Arg }) => `Không còn đơn vị mã ${p.p1} trong bộ dữ liệu: bỏ khỏi nhóm.`,
	'scenario.text.theCommunesBelongToDistricts': (p: { p1: Arg; p2: Arg }) =>
		`Các xã thuộc các huyện ${p.p1}, nhưng các huyện này được nhập trong cùng phương án (vào ${p.p2}): không phải điều chỉnh địa giới cấp huyện.`,
	'scenario.text.theNewUnitIsA': (p: { p1: Arg; what: Arg }) =>
		`Đơn vị mới là ${p.p1}: thay đổi loại đơn vị của ${p.what}.`,
	'scenario.text.p1UnitsMergedIntoOne': (p: { p1: Arg }) => `Nhập ${p.p1} đơn vị thành một đơn vị mới.`,
	'scenario.text.theGroupIsPlannedFor': (p: { p1: Arg; p2: Arg }) =>
		`Nhóm dự kiến thực hiện giai đoạn ${p.p1}, nhưng ${p.p2} thuộc diện phải sắp xếp giai đoạn 2023–2025.`,
	'scenario.text.theSeatP1IsNot': (p: { p1: Arg }) => `Trụ sở (${p.p1}) không phải trụ sở của một đơn vị trong nhóm.`,
	'staffing.text.toVerify': ', cần xác minh',
	'text.labels.classCls': (p: { cls: Arg }) => `Loại ${p.cls}`,
	'text.labels.decree3072025NdCp': 'Nghị định 307/2025/NĐ-CP',
	'text.labels.nq12112016Ubtvqh13': 'Nghị quyết 1211/2016/UBTVQH13',
	'text.labels.incrementsCountedOnTheArt':
		'tăng thêm tính theo tiêu chuẩn đã giảm theo yếu tố đặc thù (Điều 3a NQ 1211; cách đọc khác, bật trong cài đặt)',
	'text.labels.incrementsCountedOnTheNormal': 'tăng thêm tính theo tiêu chuẩn chung (Nghị định 33/2023)',
	'text.labels.surplusAgainstTheDecree33': 'dôi dư so với định mức Nghị định 33/2023/NĐ-CP',
	'text.labels.districtLevelSurplusTheMembers':
		'dôi dư cấp huyện: tổng số hiện có trừ số của đơn vị lớn nhất (có thể sửa)',
	'text.labels.yearYear': (p: { year: Arg }) => `Năm thứ ${p.year}`,
	'text.labels.vnd': 'đồng',
	'text.labels.p1MonthsOfSalary': (p: { p1: Arg }) => `${p.p1} tháng lương`,
	'text.labels.posts': (p: { n: Arg }) => `${p.n} người`,
	'text.labels.onePost': (p: { n: Arg }) => `${p.n} người`,
	'text.labels.decreeP1': (p: { p1: Arg }) => `Nghị định số ${p.p1}`,
	'text.labels.chapterChapterP1Amended': (p: { chapter: Arg; p1: Arg; amended: Arg }) =>
		`Chương ${p.chapter} ${p.p1}${p.amended}`,
	'text.reasonHelpers.islandUnitLevelsAtPct': (p: { pct: Arg }) =>
		` (đơn vị ở hải đảo: áp dụng ${p.pct} các mức, cần xác minh)`,
	'text.reasonHelpers.theSpecialClass': 'loại đặc biệt',
	'text.reasonHelpers.classP1': (p: { p1: Arg }) => `loại ${p.p1}`,
	'text.reasonsImpact.staffBeforePerMemberP1': (p: { p1: Arg }) => `Số lượng hiện có của các đơn vị: ${p.p1}.`,
	'text.reasonsImpact.afterTheMerger': (p: {
		kind: Arg;
		communeClass: Arg;
		cadresBefore: Arg;
		cadresQuota: Arg;
		cadresSurplus: Arg;
		nonProBefore: Arg;
		nonProQuota: Arg;
		nonProSurplus: Arg;
	}) =>
		`Sau sắp xếp (${p.kind} loại ${p.communeClass}): cán bộ, công chức ${p.cadresBefore} hiện có − ${p.cadresQuota} theo quy định = dôi dư ${p.cadresSurplus}; người hoạt động không chuyên trách ${p.nonProBefore} − ${p.nonProQuota} = dôi dư ${p.nonProSurplus} (dôi dư so với định mức Nghị định 33/2023/NĐ-CP; định mức do HĐND tỉnh phân bổ trong tổng số của tỉnh).`,
	'text.reasonsImpact.districtLevelNoQuotaFormula': (p: { before: Arg; surplus: Arg; source: Arg; after: Arg }) =>
		`Cấp huyện (không có định mức theo công thức): hiện có ${p.before}, dôi dư ${p.surplus}${p.source}, còn lại ${p.after}.`,
	'text.reasonsImpact.surplusEntered': ' (do người dùng nhập)',
	'text.reasonsImpact.surplusDefault': ' (mặc định: tổng số trừ số của đơn vị lớn nhất)',
	'text.reasonsImpact.lowerBound': ', mức tối thiểu',
	'text.reasonsImpact.theNewUnit': 'đơn vị mới',
	'text.reasonsImpact.untilDate': (p: { date: Arg }) => ` (đến ${p.date})`,
	'text.reasonsImpact.enteredSurplusP1ExceedsThe': (p: { p1: Arg; p2: Arg }) =>
		`Số dôi dư nhập (${p.p1}) lớn hơn số hiện có (${p.p2}).`,
	'text.reasonsImpact.staffOfP1UnknownNot': (p: { p1: Arg }) =>
		`Thiếu số lượng cán bộ, công chức của ${p.p1} (chưa nhập và chưa xác định được loại).`,
	'text.reasonsImpact.classOfTheNewUnit':
		'Chưa xác định được loại của đơn vị mới: chưa tính được số lượng theo quy định.',
	'text.reasonsImpact.assumptionTheNewUnitIs': (p: { p1: Arg }) =>
		`Giả định: đơn vị mới xếp loại ${p.p1}, loại cao nhất trong các đơn vị nhập (chưa có quyết định phân loại).`,
	'text.reasonsImpact.assumptionNewUnitClassEstimated': (p: { communeClass: Arg; points: Arg; lowerBound: Arg }) =>
		`Giả định: đơn vị mới xếp loại ${p.communeClass} theo điểm ước tính (${p.points}${p.lowerBound}).`,
	'text.reasonsImpact.assumptionMemberClassEstimated': (p: {
		code: Arg;
		communeClass: Arg;
		points: Arg;
		lowerBound: Arg;
	}) => `Giả định: ${p.code} xếp loại ${p.communeClass} theo điểm ước tính (${p.points}${p.lowerBound}).`,
	'text.reasonsImpact.assumptionLeaderPosts': (p: { unit: Arg; posts: Arg }) =>
		`Giả định: ${p.unit} có ${p.posts} giữ chức vụ lãnh đạo (Chủ tịch, Phó Chủ tịch UBND).`,
	'text.reasonsImpact.assumptionSurplusTotalStaffP1': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`Giả định: số dôi dư = tổng số hiện có ${p.p1} − số của đơn vị lớn nhất ${p.p2} = ${p.p3} (có thể điều chỉnh).`,
	'text.reasonsImpact.leadersLosingTheirPost': (p: {
		posts: Arg;
		count: Arg;
		before: Arg;
		after: Arg;
		months: Arg;
		until: Arg;
		verify: Arg;
	}) =>
		`${p.posts} thôi giữ chức vụ lãnh đạo (${p.before} trước, ${p.after} sau sắp xếp), được bảo lưu tiền lương và phụ cấp chức vụ đến hết nhiệm kỳ, ít nhất 6 tháng: ${p.months} tháng${p.until}${p.verify}.`,
	'text.reasonsImpact.officesP1BeforeP2After': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`Trụ sở: ${p.p1} trước, ${p.p2} sau sắp xếp; ${p.p3} trụ sở dôi dư.`,
	'text.reasonsImpact.assumptionTheNewUnitKeeps': (p: { p1: Arg }) => `Giả định: đơn vị mới sử dụng ${p.p1} trụ sở.`,
	'text.reasonsImpact.assumptionSurplusOfficesSettledWithin': (p: { p1: Arg; p2: Arg }) =>
		`Giả định: thời hạn xử lý trụ sở dôi dư là ${p.p1} năm kể từ ngày sắp xếp có hiệu lực${p.p2}; đây là mốc mặc định, không phải quy định pháp luật.`,
	'text.reasonsImpact.noPlannedUseYetFor': (p: { p1: Arg }) => `Chưa có phương án sử dụng cho trụ sở dôi dư: ${p.p1}.`,
	'text.reasonsImpact.unknownUseForP1P2': (p: { p1: Arg; p2: Arg }) =>
		`Phương án sử dụng không hợp lệ cho ${p.p1}: ${p.p2}.`,
	'text.reasonsImpact.invalidTargetDateForP1': (p: { p1: Arg; p2: Arg }) =>
		`Thời hạn không hợp lệ cho ${p.p1}: ${p.p2}.`,
	'text.reasonsImpact.planForAnOfficeThat': (p: { p1: Arg }) =>
		`Phương án cho trụ sở không thuộc danh sách dôi dư: ${p.p1}.`,
	'text.reasonsImpact.chosenSeatP1IsNot': (p: { p1: Arg }) => `Trụ sở được chọn (${p.p1}) không thuộc các đơn vị nhập.`,
	'text.reasonsPlanMoney.thePlanResolvesTheP1': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`Lộ trình giải quyết hết ${p.p1} dôi dư${p.p2}, trước thời hạn ${p.p3}.`,
	'text.reasonsPlanMoney.thePlanMissesTheDeadline': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`Lộ trình chưa giải quyết hết dôi dư trong thời hạn: đến ${p.p1} còn ${p.p2}${p.p3}.`,
	'text.reasonsPlanMoney.noSurplusStaffP1Quota': (p: { p1: Arg; p2: Arg }) =>
		`Không có dôi dư: hiện có ${p.p1}, theo quy định ${p.p2}.`,
	'text.reasonsPlanMoney.retirementsNotEnteredAreEstimated':
		'Số nghỉ hưu chưa nhập được ước tính từ cơ cấu độ tuổi theo lộ trình tuổi nghỉ hưu (làm tròn xuống).',
	'text.reasonsPlanMoney.theAgeProfileCountsP1': (p: { p1: Arg; p2: Arg }) =>
		`Tổng số trong cơ cấu độ tuổi (${p.p1}) khác số hiện có (${p.p2}).`,
	'text.reasonsPlanMoney.invalidCountP1YearP2': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`Số liệu không hợp lệ (${p.p1}, năm thứ ${p.p2}): ${p.p3}.`,
	'text.reasonsPlanMoney.yearP1DeparturesP2Exceed': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`Năm thứ ${p.p1}: số giảm (${p.p2}) lớn hơn số hiện có (${p.p3}).`,
	'text.reasonsPlanMoney.noArrangementDateFirst12': 'Chưa có ngày sắp xếp: tính theo mức nghỉ trong 12 tháng đầu.',
	'text.reasonsPlanMoney.insuredServiceP1YearsBelow': (p: { p1: Arg; p2: Arg }) =>
		`Thời gian công tác có đóng BHXH (${p.p1} năm) chưa đủ ${p.p2} năm: không tính trợ cấp theo thời gian công tác.`,
	'text.reasonsPlanMoney.p1MonthsEarlyUnderP2': (p: { p1: Arg; p2: Arg }) =>
		`Nghỉ sớm ${p.p1} tháng (dưới ${p.p2} tháng): chỉ hưởng trợ cấp theo số tháng nghỉ sớm.`,
	'text.reasonsQuotaClass.p1ClassP2P4Cadres': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`${p.p1} loại ${p.p2}: ${p.p3} cán bộ, công chức.`,
	'text.reasonsQuotaClass.populationP1ExceedsTheStandard': (p: {
		p1: Arg;
		p2: Arg;
		p3: Arg;
		n: Arg;
		share: Arg;
		p4: Arg;
		p5: Arg;
	}) =>
		`Dân số ${p.p1} vượt tiêu chuẩn ${p.p2} là ${p.p3}, đủ ${p.n} lần ${p.share} mức quy định (${p.p4}): tăng thêm ${p.p5}.`,
	'text.reasonsQuotaClass.populationP1IsNotA': (p: { p1: Arg; p2: Arg; share: Arg; p3: Arg }) =>
		`Dân số ${p.p1} chưa vượt tiêu chuẩn ${p.p2} đủ ${p.share} mức quy định (${p.p3}): không tăng thêm.`,
	'text.reasonsQuotaClass.areaP1ExceedsTheStandard': (p: { p1: Arg; p2: Arg; p3: Arg; n: Arg; share: Arg; p4: Arg }) =>
		`Diện tích ${p.p1} vượt tiêu chuẩn ${p.p2} là ${p.p3}, đủ ${p.n} lần ${p.share} mức quy định: tăng thêm ${p.p4}.`,
	'text.reasonsQuotaClass.areaP1IsNotA': (p: { p1: Arg; p2: Arg; share: Arg }) =>
		`Diện tích ${p.p1} chưa vượt tiêu chuẩn ${p.p2} đủ ${p.share} mức quy định: không tăng thêm.`,
	'text.reasonsQuotaClass.quotaOfCadresAndCivil': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`Tổng số cán bộ, công chức theo quy định: ${p.p1} + ${p.p2} + ${p.p3} = ${p.p4}.`,
	'text.reasonsQuotaClass.nonProfessionalWorkersAtMost': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg; p5: Arg }) =>
		`Người hoạt động không chuyên trách: tối đa ${p.p1} (loại ${p.p2}) + ${p.p3} tăng thêm theo số công chức tăng thêm = ${p.p4}${p.p5}.`,
	'text.reasonsQuotaClass.incrementsCountedOnTheArt':
		'Số tăng thêm tính theo tiêu chuẩn đã giảm theo yếu tố đặc thù (Điều 3a NQ 1211): cách đọc khác, đang bật trong cài đặt; theo hướng dẫn của Bộ Nội vụ (Công văn 4368/BNV-CQĐP) thì tính theo tiêu chuẩn chung.',
	'text.reasonsQuotaClass.population': 'dân số ',
	'text.reasonsQuotaClass.area': 'diện tích ',
	'text.reasonsQuotaClass.theArt3aReducedStandard': (p: { p1: Arg }) =>
		`; không dùng tiêu chuẩn đã giảm theo yếu tố đặc thù (${p.p1})`,
	'text.reasonsQuotaClass.incrementsCountedOnTheNormal': (p: { extra: Arg }) =>
		`Số tăng thêm tính theo tiêu chuẩn chung của loại đơn vị và địa hình (Nghị định 33/2023; Công văn 4368/BNV-CQĐP)${p.extra}.`,
	'text.reasonsQuotaClass.notKnownWhetherTheWard':
		'Chưa rõ phường thuộc quận hay không: tính tăng thêm theo mức 1/2 quy mô dân số.',
	'text.reasonsQuotaClass.populationOrItsStandardMissing':
		'Thiếu số liệu dân số hoặc tiêu chuẩn dân số: không tính tăng thêm theo dân số.',
	'text.reasonsQuotaClass.areaOrItsStandardMissing':
		'Thiếu số liệu diện tích hoặc tiêu chuẩn diện tích: không tính tăng thêm theo diện tích.',
	'text.reasonsQuotaClass.mountainousCommuneLevelsAtP1': (p: { p1: Arg }) =>
		` (xã miền núi, vùng cao: áp dụng ${p.p1} các mức)`,
	'text.reasonsQuotaClass.onANationalLandBorder': (p: { p1: Arg }) =>
		` (có đường biên giới quốc gia trên đất liền: áp dụng ${p.p1} các mức)`,
	'text.reasonsQuotaClass.populationP1P210Up': (p: {
		p1: Arg;
		p2: Arg;
		p3: Arg;
		p4: Arg;
		p5: Arg;
		p6: Arg;
		factor: Arg;
		p7: Arg;
	}) =>
		`Quy mô dân số ${p.p1}: ${p.p2} (10 điểm đến ${p.p3}, thêm 0,5 điểm cho mỗi ${p.p4}, tối đa ${p.p5} điểm${p.p6})${p.factor}.`,
	'text.reasonsQuotaClass.naturalAreaP1P210': (p: {
		p1: Arg;
		p2: Arg;
		p3: Arg;
		p4: Arg;
		p5: Arg;
		p6: Arg;
		p7: Arg;
		p8: Arg;
	}) =>
		`Diện tích tự nhiên ${p.p1}: ${p.p2} (10 điểm đến ${p.p3}, thêm 0,5 điểm cho mỗi ${p.p4}, tối đa ${p.p5} điểm${p.p6})${p.p7}.`,
	'text.reasonsQuotaClass.classifiedByTheBandsOf':
		'Phân loại theo khung điểm của Nghị định 307/2025/NĐ-CP (cần xác minh); điểm dân số và diện tích vẫn tính theo các mức của Nghị quyết 1211/2016 (các mức của Nghị định 307 chưa được đưa vào).',
	'text.reasonsQuotaClass.specialFromP1': (p: { p1: Arg }) => `, loại đặc biệt từ ${p.p1} điểm`,
	'text.reasonsQuotaClass.estimateP1ClsRulesClass': (p: {
		p1: Arg;
		cls: Arg;
		rules: Arg;
		p2: Arg;
		p3: Arg;
		special: Arg;
		p4: Arg;
	}) =>
		`Ước tính: ${p.p1}, tương ứng ${p.cls} (${p.rules}loại I từ ${p.p2} điểm, loại II từ ${p.p3} điểm${p.special})${p.p4}.`,
	'text.reasonsQuotaClass.otherCriteriaBudgetNewRural': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`Chưa tính các tiêu chí khác (ngân sách, nông thôn mới, yếu tố đặc thù; tối đa ${p.p1} điểm): đây là mức tối thiểu, đơn vị có thể đạt từ ${p.p2} đến ${p.p3}.`,
	'text.reasonsQuotaClass.populationMissingForThePoints': 'Thiếu số liệu dân số để tính điểm.',
	'text.reasonsQuotaClass.areaMissingForThePoints': 'Thiếu số liệu diện tích để tính điểm.',
	'text.reasonsQuotaClass.invalidOtherPointsP1': (p: { p1: Arg }) => `Số điểm các tiêu chí khác không hợp lệ: ${p.p1}.`,
	'text.reasonsQuotaClass.otherPointsP1ExceedThe': (p: { p1: Arg; p2: Arg }) =>
		`Số điểm các tiêu chí khác (${p.p1}) vượt mức tối đa ${p.p2} điểm: tính bằng ${p.p2} điểm.`,
	'text.reasonsQuotaClass.noMountainousLevelsForA': (p: { p1: Arg }) =>
		`Không áp dụng mức miền núi, vùng cao cho ${p.p1}.`,
	'map.legend.andP1More': (p: { p1: Arg }) => `… và ${p.p1} nhóm khác`,
	'map.legend.fillVerdictColouredOutlineMerger': 'Màu: kết quả xác định; viền màu: nhóm sáp nhập',
	'map.legend.noMergerGroupYet': 'Chưa có nhóm sáp nhập nào.',
	'map.legend.colouredByMergerGroup': 'Tô màu theo nhóm sáp nhập',
	'map.legend.subjectNotYetInA': 'Thuộc diện sắp xếp, chưa đưa vào nhóm',
	'map.legend.otherUnits': 'Đơn vị khác',
	'map.legend.boundaryOfANewUnit': 'Ranh giới đơn vị mới sau sắp xếp',
	'scenario.content.noGroupGroupidInThe': (p: { groupId: Arg }) => `Không có nhóm «${p.groupId}» trong phương án.`,
	'scenario.exemptions.noUnitWithCodeCode': (p: { code: Arg }) => `Không có đơn vị mã ${p.code} trong bộ dữ liệu.`,
	'scenario.exemptions.reasonReasoncodeIsNotOne': (p: { reasonCode: Arg; known: Arg }) =>
		`Lý do «${p.reasonCode}» không thuộc các lý do tại khoản 1 Điều 3 Nghị quyết số 35/2023/UBTVQH15 (${p.known}).`,
	'scenario.exemptions.giveAJustificationForKeeping': (p: { p1: Arg }) =>
		`Cần ghi rõ căn cứ, lý do không sắp xếp ${p.p1}.`,
	'scenario.exemptions.p1IsInGroupId': (p: { p1: Arg; id: Arg }) =>
		`${p.p1} đang thuộc nhóm «${p.id}»: bỏ khỏi nhóm trước khi ghi nhận không sắp xếp.`,
	'scenario.exemptions.theReferenceNumberForKeeping': (p: { p1: Arg }) =>
		`Số văn bản đề nghị không sắp xếp ${p.p1} dài quá 100 ký tự.`,
	'scenario.exemptions.theDateOfTheLetter': (p: { p1: Arg; refDate: Arg }) =>
		`Ngày văn bản đề nghị không sắp xếp ${p.p1} không hợp lệ («${p.refDate}»): ghi theo dạng ngày/tháng/năm.`,
	'scenario.exemptions.unitCodeHasNoRecorded': (p: { code: Arg }) =>
		`Đơn vị ${p.code} không có ghi nhận không sắp xếp trong phương án.`,
	'scenario.operations.groupIdIsLockedAnd': (p: { id: Arg }) =>
		`Nhóm «${p.id}» đã khoá, không sửa được. Mở khoá trước.`,
	'scenario.operations.p1IsAP3Unit': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`${p.p1} là đơn vị ${p.p2}: không thuộc phạm vi phương án.`,
	'scenario.operations.p1IsAP4Unit': (p: { p1: Arg; p2: Arg; id: Arg; p3: Arg; p4: Arg; p5: Arg }) =>
		`${p.p1} là đơn vị ${p.p2}, nhóm «${p.id}» gồm các đơn vị ${p.p3}: các đơn vị nhập phải cùng cấp.`,
	'scenario.operations.p1IsAlreadyInGroup': (p: { p1: Arg; id: Arg }) => `${p.p1} đã có trong nhóm «${p.id}».`,
	'scenario.operations.p1IsAlreadyInGroup2': (p: { p1: Arg; id: Arg }) =>
		`${p.p1} đã thuộc nhóm «${p.id}»: một đơn vị chỉ được ở một nhóm.`,
	'scenario.operations.p1IsRecordedAsKept': (p: { p1: Arg }) =>
		`${p.p1} đang được ghi nhận là không sắp xếp: bỏ ghi nhận đó trước khi đưa vào nhóm.`,
	'scenario.operations.unitCodeIsNotIn': (p: { code: Arg; groupId: Arg }) =>
		`Đơn vị ${p.code} không thuộc nhóm «${p.groupId}».`,
	'scenario.operations.aGroupIdMustHave': 'Mã nhóm phải có từ 1 đến 64 ký tự.',
	'scenario.operations.theScenarioAlreadyHasA': (p: { id: Arg }) => `Đã có nhóm «${p.id}» trong phương án.`,
	'scenario.operations.levelP1IsNotValid': (p: { p1: Arg }) => `Cấp «${p.p1}» không hợp lệ (district hoặc commune).`,
	'scenario.operations.noUnitWithCodeP1': (p: { p1: Arg }) => `Không có đơn vị mã ${p.p1} trong bộ dữ liệu.`,
	'scenario.operations.sayWhetherTheGroupHolds': 'Cần cho biết nhóm gồm đơn vị cấp huyện hay cấp xã.',
	'scenario.operations.fieldFieldMustBeText': (p: { field: Arg }) => `Trường «${p.field}» phải là chuỗi ký tự.`,
	'scenario.operations.fieldFieldIsLongerThan': (p: { field: Arg; max: Arg }) =>
		`Trường «${p.field}» dài quá ${p.max} ký tự.`,
	'scenario.operations.kindP1IsNotA': (p: { p1: Arg; p2: Arg; p3: Arg }) =>
		`Loại «${p.p1}» không phải loại đơn vị ${p.p2}.`,
	'scenario.operations.phaseP1IsNotValid': (p: { p1: Arg }) =>
		`Giai đoạn «${p.p1}» không hợp lệ (2023-2025 hoặc 2026-2030).`,
	'scenario.operations.groupFieldKeyCannotBe': (p: { key: Arg }) => `Không sửa được trường «${p.key}» của nhóm.`,
	'scenario.operations.overridingTheKindGivenBy': 'Chọn loại đơn vị khác với quy tắc cần ghi rõ lý do.',
	'scenario.operations.districtcodeIsNotADistrict': (p: { districtCode: Arg }) =>
		`${p.districtCode} không phải mã đơn vị cấp huyện của bộ dữ liệu.`,
	'scenario.operations.theseCommunesAreAlreadyIn': (p: { where: Arg }) =>
		`Các xã sau đã thuộc nhóm khác: ${p.where}. Một đơn vị chỉ được ở một nhóm.`,
	'scenario.ops.unknownOperationP1': (p: { p1: Arg }) => `Thao tác không rõ: «${p.p1}».`,
	'scenario.operations.theKeptCodeCodeMust': (p: { code: Arg; groupId: Arg }) =>
		`Mã giữ lại ${p.code} phải là mã của một đơn vị trong nhóm «${p.groupId}».`,
	'scenario.operations.theSeatMustBeA': (p: { groupId: Arg; code: Arg }) =>
		`Trụ sở phải đặt tại trụ sở của một đơn vị trong nhóm «${p.groupId}»; ${p.code} không thuộc nhóm.`,
	'compareText.name': 'tên',
	'compareText.seat': 'trụ sở',
	'compareText.phase': 'giai đoạn',
	'history.populationAsOf': 'Thời điểm số liệu dân số',
	'history.populationSource': 'Nguồn số liệu dân số',
	'history.areaSource': 'Nguồn số liệu diện tích',
	'history.landBorder': 'Biên giới đất liền',
	'history.island': 'Hải đảo',
	'history.speciallyDifficultCoastal': 'Xã ven biển đặc biệt khó khăn',
	'history.reasonForKeepingTheUnit': 'Lý do không sắp xếp',
	'history.justificationForKeepingTheUnit': 'Giải trình lý do không sắp xếp',
	'history.numberOfTheLetterAsking': 'Số văn bản đề nghị không sắp xếp',
	'history.dateOfTheLetterAsking': 'Ngày văn bản đề nghị không sắp xếp',
	'history.leaderPosts': 'Số lãnh đạo',
	'history.officeBuildings': 'Số trụ sở',
	'history.level': 'cấp',
	'history.members': 'thành viên',
	'history.newUnitName': 'tên đơn vị mới',
	'history.kindOfTheNewUnit': 'loại đơn vị mới',
	'history.reasonForTheKind': 'lý do chọn loại',
	'history.unitWhoseCodeIsKept': 'đơn vị giữ mã',
	'history.notes': 'ghi chú',
	'history.locked': 'khoá',
	'history.scenarioCreated': 'Tạo phương án',
	'history.scenarioImported': 'Nhập phương án từ tệp',
	'history.scenarioDeleted': 'Xoá phương án',
	'history.scenarioRestored': 'Khôi phục phương án',
	'history.scenarioPurged': 'Xoá hẳn phương án',
	'history.scenarioEdited': 'Sửa phương án',
	'history.description': 'mô tả',
	'history.ruleSet': 'căn cứ',
	'history.status': 'trạng thái',
	'staffing.text.perYearRetiredEarly': 'Trợ cấp cho số năm nghỉ hưu trước tuổi',
	'staffing.text.perYearsOfInsuredService': 'Trợ cấp theo thời gian công tác có đóng BHXH',
	'staffing.text.toLookForWork': 'Trợ cấp để tìm việc làm',
	'staffing.text.perYearOfInsuredService': 'Trợ cấp theo số năm công tác có đóng BHXH',
	'staffing.text.perMonthRetiredEarly': 'Trợ cấp hưu trí một lần cho số tháng nghỉ sớm',
	'staffing.text.perYearRetiredEarly2': 'Trợ cấp cho số năm nghỉ sớm',
	'staffing.text.perMonthCounted': 'Trợ cấp thôi việc theo số tháng',
	'text.labels.staffEstablishmentPosts': 'Biên chế',
	'text.labels.quotaSetByLaw': 'Số lượng theo quy định',
	'text.labels.surplus': 'Dôi dư',
	'text.labels.surplusStaff': 'Số lượng dôi dư',
	'text.labels.planToResolveTheSurplus': 'Lộ trình giải quyết số lượng dôi dư (5 năm)',
	'text.labels.officeSeat': 'Trụ sở',
	'text.labels.cadresElectedAndAppointedOfficials': 'Cán bộ',
	'text.labels.civilServants': 'Công chức',
	'text.labels.cadresAndCivilServants': 'Cán bộ, công chức',
	'text.labels.nonProfessionalPartTimeWorkers': 'Người hoạt động không chuyên trách',
	'text.labels.staffBeforeTheMerger': 'Số lượng hiện có trước sắp xếp',
	'text.labels.quotaAfterTheMerger': 'Số lượng theo quy định sau sắp xếp',
	'text.labels.classOfTheAdministrativeUnit': 'Phân loại đơn vị hành chính',
	'text.labels.estimatedClassFromPoints': 'Phân loại ước tính (theo điểm)',
	'text.labels.leaders': 'Cán bộ lãnh đạo',
	'text.labels.leadersWhoLoseTheirPost': 'Số người thôi giữ chức vụ lãnh đạo',
	'text.labels.salaryAndAllowanceRetained': 'Bảo lưu tiền lương và phụ cấp chức vụ',
	'text.labels.transfers': 'Điều động, chuyển công tác',
	'text.labels.streamliningLeavesEarlyRetirementResignation': 'Tinh giản biên chế (nghỉ hưu trước tuổi, thôi việc)',
	'text.labels.earlyRetirement': 'Nghỉ hưu trước tuổi',
	'text.labels.resignation': 'Thôi việc',
	'text.labels.deadlineToResolveTheSurplus': 'Thời hạn giải quyết dôi dư',
	'text.labels.surplusLeftAtTheDeadline': 'Số dôi dư còn lại khi hết thời hạn',
	'text.labels.costOfTheLeavePayments': 'Kinh phí giải quyết chính sách',
	'text.labels.annualPayrollSaving': 'Tiết kiệm chi lương hằng năm',
	'text.labels.assumption': 'Giả định',
	'text.labels.estimate': 'Ước tính',
	'text.labels.postsLeftUnfilledUnderThe': 'Số lượng còn thiếu so với quy định',
	'text.labels.actualCount': 'số liệu thực tế',
	'text.labels.fromTheQuota': 'theo số lượng quy định',
	'text.labels.noFigure': 'chưa có số liệu',
	'text.labels.classOfRecord': 'theo quyết định phân loại',
	'text.labels.estimatedFromPointsAssumption': 'ước tính theo điểm (giả định)',
	'text.labels.assumedHighestClassAmongThe': 'giả định: loại cao nhất của các đơn vị nhập',
	'text.labels.usedByAnotherAgency': 'Bố trí cho cơ quan, đơn vị khác sử dụng',
	'text.labels.turnedToHealthEducationOr': 'Chuyển sang sử dụng cho y tế, giáo dục, văn hóa',
	'text.labels.disposalUnderTheAssetRules': 'Thanh lý, xử lý theo quy định',
	'import.shapefile.receivedTextInsteadOfBinary': 'nhận được văn bản thay vì dữ liệu nhị phân',
	'import.zip.noEndOfCentralDirectory': 'không tìm thấy mục lục cuối tệp',
	'import.zip.badZip64Directory': 'mục lục ZIP64 sai',
	'import.zip.truncatedCentralDirectory': 'mục lục bị cắt cụt',
	'import.zip.badLocalHeaderOfPath': (p: { path: Arg }) => `sai vị trí dữ liệu của ${p.path}`,
	'import.zip.dataOfPathIsTruncated': (p: { path: Arg }) => `dữ liệu của ${p.path} bị cắt cụt`,
	'import.zip.cannotInflatePathP1': (p: { path: Arg; p1: Arg }) => `không giải nén được ${p.path}: ${p.p1}`,
	'import.zip.pathFailsItsSizeOr': (p: { path: Arg }) => `${p.path} sai kích thước hoặc mã kiểm tra CRC`,
	'consultation.rules.cArticleToVerify': (p: { c: Arg }) => `${p.c} (điều, khoản cần xác minh)`,
	'consultation.rules.voters': 'cử tri',
	'history.otherFigure': 'Số liệu khác',
	'history.of': 'ngày',
	'history.letter': 'văn bản',
	'history.aRemovedGroup': 'một nhóm đã xoá',
	'history.groupCreated': 'Tạo nhóm',
	'history.groupRemoved': 'Xoá nhóm',
	'history.change': 'thay đổi',
	'history.default': '(mặc định)',
	'history.exemptionRemoved': 'Bỏ ghi nhận không sắp xếp',
	'verdictChange.notRequiredToBeArranged': 'không bắt buộc sắp xếp',
	'map.compareColours.groupMeetingBothStandards': 'Nhóm đạt cả hai tiêu chuẩn',
	'map.compareColours.groupMeetingOneStandard': 'Nhóm đạt một tiêu chuẩn',
	'map.compareColours.groupMeetingNeitherStandard': 'Nhóm chưa đạt tiêu chuẩn nào',
	'map.compareColours.groupLackingData': 'Nhóm thiếu số liệu',
	'map.compareColours.fillTheGroupSVerdict': 'Màu: kết quả của nhóm; viền màu: nhóm sáp nhập',
	'import.errors.rowRow': (p: { row: Arg }) => `dòng ${p.row}`,
	'import.errors.columnColumn': (p: { column: Arg }) => `cột "${p.column}"`,
	'import.errors.featureP1': (p: { p1: Arg }) => `đối tượng thứ ${p.p1}`,
	'import.errors.unitUnit': (p: { unit: Arg }) => `đơn vị ${p.unit}`,
	'text.labels.point': 'điểm',
	'text.labels.points': 'điểm',
	'format.person': 'người',
	'format.people': 'người',
	'planner.stage.load': 'Đang đọc dữ liệu',
	'planner.stage.candidates': 'Đang liệt kê các cách ghép',
	'planner.stage.solve': 'Đang tìm phương án tối ưu',
	'planner.stage.alternatives': 'Đang tìm phương án khác',
	'planner.stage.working': 'Đang xử lý',
	'planner.weight.low': 'ít quan trọng',
	'planner.weight.normal': 'vừa phải',
	'planner.weight.high': 'rất quan trọng',
	'consultation.council.commune': 'HĐND cấp xã',
	'consultation.council.district': 'HĐND cấp huyện',
	'consultation.council.province': 'HĐND tỉnh',
	'cli.importError': (p: { error: Arg }) => `Lỗi nhập dữ liệu: ${p.error}\nCơ sở dữ liệu không thay đổi.\n`,
	'database.migratedP1': (p: { p1: Arg }) => `Đã cập nhật cơ sở dữ liệu: ${p.p1}`,
	'database.backedUpP1FileP2': (p: { p1: Arg; file: Arg; p2: Arg }) => `Đã sao lưu ${p.p1} → ${p.file} (${p.p2} KB)`,
	'database.copyCheckedIntegrityCheckOk': (p: { tablesLength: Arg }) =>
		`Kiểm tra bản sao: integrity_check ok, ${p.tablesLength} bảng, mọi dòng đọc được`,
	'database.archiveCheckedPgRestoreList': (p: { tablesLength: Arg }) =>
		`Kiểm tra bản sao: pg_restore --list ok, ${p.tablesLength} bảng có dữ liệu`,
	'database.backupFailedMessage': (p: { vi: Arg; message: Arg }) => `Không sao lưu được: ${p.vi}`,
	'database.usageDbCopyToPostgres': 'Dùng: db copy --to postgres://… [--from FILE] | db backup [--out PATH]',
	'database.toPostgresIsRequired': 'Cần --to postgres://…',
	'database.fromIsASqliteFile': '--from là tệp SQLite',
	'database.notFoundFrom': (p: { from: Arg }) => `Không tìm thấy: ${p.from}`,
	'database.copyFailedTargetUnchangedMessage': (p: { message: Arg }) =>
		`Không chép được, đích không thay đổi: ${p.message}`,
	'database.copiedFromP1': (p: { from: Arg; p1: Arg }) => `Đã chép ${p.from} → ${p.p1}`,
	'database.demoDatasetSeededDatasetidDistricts': (p: { datasetId: Arg; districts: Arg; communes: Arg }) =>
		`Đã tạo bộ dữ liệu mẫu: #${p.datasetId} (${p.districts} huyện, ${p.communes} xã)`,
	'database.theDatabaseAlreadyHasData': 'Cơ sở dữ liệu đã có dữ liệu.',
	'database.administratorAccountLogin': (p: { login: Arg }) => ` Tài khoản quản trị:  ${p.login}`,
	'database.passwordPassword': (p: { password: Arg }) => ` Mật khẩu:  ${p.password}`,
	'database.shownOnceWriteItDown': ' Mật khẩu chỉ hiện MỘT LẦN: ghi lại, đăng nhập rồi đổi tại /account.',
	'datasets.twoTierCommunesCommunes': (p: { communes: Arg }) => `hai cấp, ${p.communes} xã`,
	'datasets.districtsDistrictsCommunesCommunes': (p: { districts: Arg; communes: Arg }) =>
		`${p.districts} huyện, ${p.communes} xã`,
	'datasets.notFoundP': (p: { p: Arg }) => `Không tìm thấy: ${p.p}`,
	'datasets.writtenOut': (p: { out: Arg }) => `Đã ghi: ${p.out}`,
	'datasets.datasetDatasetidP1SimulatedSeed': (p: { datasetId: Arg; p1: Arg; seed: Arg }) =>
		`Bộ dữ liệu #${p.datasetId}: ${p.p1} (mô phỏng, seed ${p.seed})`,
	'datasets.readingFiles2': 'đọc và kiểm tra tệp',
	'datasets.adjacency': 'tính liền kề',
	'datasets.dataQuality': 'chất lượng dữ liệu',
	'datasets.storing': 'lưu',
	'datasets.structureMustBeTwoTier': '--structure phải là two-tier hoặc three-tier',
	'datasets.importedTwoTierDatasetDatasetid': (p: { datasetId: Arg; communes: Arg }) =>
		`Đã nhập bộ dữ liệu hai cấp #${p.datasetId}: ${p.communes} đơn vị cấp xã trực thuộc tỉnh (không có cấp huyện).`,
	'datasets.importedDatasetDatasetidDistrictsDistrict': (p: { datasetId: Arg; districts: Arg; communes: Arg }) =>
		`Đã nhập bộ dữ liệu #${p.datasetId}: ${p.districts} đơn vị cấp huyện, ${p.communes} đơn vị cấp xã.`,
	'datasets.noDatasetDs': (p: { ds: Arg }) => `Không có bộ dữ liệu "${p.ds}"`,
	'datasets.idNameProvinceCodeProvince': (p: {
		id: Arg;
		name: Arg;
		province_code: Arg;
		province_name: Arg;
		p1: Arg;
		p2: Arg;
		created_at: Arg;
	}) => `#${p.id}	${p.name}	${p.province_code} ${p.province_name}	${p.p1}	số liệu ${p.p2}	${p.created_at}`,
	'datasets.noDatasets': '(chưa có bộ dữ liệu)',
	'datasets.deletingNeedsYes': 'Xoá cần xác nhận: thêm --yes',
	'datasets.deletedDatasetId': (p: { id: Arg }) => `Đã xoá bộ dữ liệu #${p.id}`,
	'datasets.manualAdjacencyRecordedAB': (p: { a: Arg; b: Arg }) => `Đã ghi cạnh liền kề thủ công: ${p.a} — ${p.b}`,
	'datasets.adjacencyRemovalRecordedAB': (p: { a: Arg; b: Arg }) => `Đã ghi loại bỏ cạnh liền kề: ${p.a} — ${p.b}`,
	'evaluate.unknownRuleSetRulesKnown': (p: { rules: Arg; p1: Arg }) => `Bộ quy tắc không rõ "${p.rules}". Có: ${p.p1}`,
	'evaluate.noDatasetRef': (p: { ref: Arg }) => `Không có bộ dữ liệu "${p.ref}"`,
	'export.usageExportScenarioIdFormat': (p: {
		p1: Arg;
		p2: Arg;
	}) => `Dùng: export <scenario-id> --format ${p.p1} [--level commune|district] [--out PATH] [--json]
Hiện có: ${p.p2}`,
	'export.fromTheCache': ', từ bộ nhớ đệm',
	'export.writtenPathBytelengthBytesCached': (p: {
		path: Arg;
		byteLength: Arg;
		cached: Arg;
	}) => `Đã ghi: ${p.path} (${p.byteLength} byte${p.cached})
`,
	'main.unknownCommandCommandHelp': (p: { command: Arg; HELP: Arg }) => `Lệnh không rõ: ${p.command}

${p.HELP}`,
	'cli.databaseError': (p: { error: Arg; detail: Arg }) => `Lỗi cơ sở dữ liệu: ${p.error}\nChi tiết: ${p.detail}\n`,
	'plan.nameGroupslengthGroupsUncoveredlengthUnits': (p: {
		name: Arg;
		groupsLength: Arg;
		uncoveredLength: Arg;
		seconds: Arg;
	}) => `${p.name}: ${p.groupsLength} nhóm, ${p.uncoveredLength} đơn vị chưa ghép được, ${p.seconds} s`,
	'plan.kept': '(giữ) ',
	'plan.alternativesAlternatives': (p: { alternatives: Arg }) => `  ${p.alternatives} phương án khác`,
	'plan.scenarioScenarioid': (p: { scenarioId: Arg }) => `  → phương án #${p.scenarioId}`,
	'scenario.noScenarioRef': (p: { ref: Arg }) => `Không có phương án #${p.ref}`,
	'scenario.idNameVVersionStatus': (p: {
		id: Arg;
		name: Arg;
		version: Arg;
		status: Arg;
		groups: Arg;
		ruleSetId: Arg;
		updatedAt: Arg;
	}) => `#${p.id}	${p.name}	v${p.version}	${p.status}	${p.groups} nhóm	${p.ruleSetId}	${p.updatedAt}`,
	'scenario.noScenarios': '(chưa có phương án)',
	'scenario.cannotReadFile': (p: { file: Arg }) => `Không đọc được tệp: ${p.file}`,
	'scenario.importedScenarioIdNameGroupslength': (p: {
		id: Arg;
		name: Arg;
		groupsLength: Arg;
		exemptionsLength: Arg;
	}) => `Đã nhập phương án #${p.id} «${p.name}»: ${p.groupsLength} nhóm, ${p.exemptionsLength} đơn vị giữ nguyên.`,
	'scenario.planFileErrorsP2The': (p: { p1: Arg; p2: Arg }) => `Lỗi tệp phương án:
${p.p1}
Cơ sở dữ liệu không thay đổi.
`,
	'scenario.writtenOut': (p: { out: Arg }) => `Đã ghi: ${p.out}
`,
	'scenario.purgedP1': (p: { p1: Arg }) => `Đã xoá hẳn: ${p.p1}`,
	'scenario.nothingToPurge': 'Không có phương án nào quá 30 ngày.',
	'scenario.unknownScenarioCommandP1Scenario': (p: { p1: Arg; SCENARIO_HELP: Arg }) => `Lệnh scenario không rõ: ${p.p1}

${p.SCENARIO_HELP}`,
	'staffing.inputsNotValidJsonP1': (p: { inputs: Arg; p1: Arg }) => `${p.inputs}: không đọc được JSON (${p.p1})`,
	'staffing.scenarioIdInForceFrom': (p: { id: Arg; date: Arg }) => `Phương án #${p.id} — có hiệu lực ${p.date}`,
	'staffing.met': 'đạt',
	'staffing.notMet': 'CHƯA đạt',
	'staffing.groupNameStaffBeforeP1': (p: {
		group: Arg;
		name: Arg;
		p1: Arg;
		p2: Arg;
		p3: Arg;
		p4: Arg;
		p5: Arg;
		p6: Arg;
		p7: Arg;
		p8: Arg;
		p9: Arg;
		p10: Arg;
		p11: Arg;
	}) =>
		`${p.group} ${p.name}: biên chế trước ${p.p1}, định mức sau ${p.p2}, dôi dư ${p.p3} (+${p.p4} không chuyên trách), lãnh đạo thôi giữ chức ${p.p5}, trụ sở ${p.p6} → ${p.p7}, tiết kiệm ${p.p8} đ/năm, chi phí nghỉ ${p.p9} đ, ${p.p10} hạn ${p.p11}`,
	'staffing.totalSurplusP1SavingP2': (p: { p1: Arg; p2: Arg; p3: Arg; p4: Arg }) =>
		`Tổng: dôi dư ${p.p1}, tiết kiệm ${p.p2} đ/năm, chi phí ${p.p3} đ, ${p.p4} hạn 5 năm`,
	'user.allDatasets': 'mọi bộ dữ liệu',
	'user.disabledDisabledat': (p: { disabledAt: Arg }) => `	ĐÃ KHOÁ ${p.disabledAt}`,
	'user.passwordShownOncePChange': (p: { p: Arg }) => `
Mật khẩu (chỉ hiện một lần): ${p.p}
Đổi tại /account hoặc: npm run cli -- user reset-password <login> --password-stdin`,
	'user.accountCreatedP1P2': (p: { p1: Arg; p2: Arg }) => `Đã tạo tài khoản: ${p.p1}${p.p2}`,
	'user.noAccounts': '(chưa có tài khoản)',
	'user.roleSetP1': (p: { p1: Arg }) => `Đã đổi vai trò: ${p.p1}`,
	'user.disabledSessionsEndedLogin': (p: { login: Arg }) => `Đã khoá tài khoản, các phiên đã kết thúc: ${p.login}`,
	'user.enabledLogin': (p: { login: Arg }) => `Đã mở lại tài khoản: ${p.login}`,
	'user.passwordSetSessionsEndedLogin': (p: { login: Arg; p1: Arg }) =>
		`Đã đặt mật khẩu mới, các phiên đã kết thúc: ${p.login}${p.p1}`,
	'user.unknownCommandUserP1User': (p: { p1: Arg; USER_HELP: Arg }) => `Lệnh không rõ: user ${p.p1}

${p.USER_HELP}`,
	// the language button offers the other language, named in that language
	'layout.otherLanguage': 'English',
	'db.backup.fileExistsChooseAnotherName': (p: { file: Arg }) =>
		`Tệp ${p.file} đã có: chọn tên khác (--out) để không ghi đè bản sao lưu cũ.`,
	'db.backup.noDatabaseFileAtSource': (p: { source: Arg }) => `Không tìm thấy tệp cơ sở dữ liệu: ${p.source}`,
	'db.backup.theCopyFileEnDo': (p: { file: Arg; vi: Arg; en: Arg }) =>
		`Bản sao ${p.file} ${p.vi}: không dùng được, hãy sao lưu lại.`,
	'db.backup.pgDumpDumpIsNot': (p: { dump: Arg }) =>
		`Không tìm thấy chương trình pg_dump (${p.dump}) trên máy này. Hãy cài gói postgresql-client cùng phiên bản với máy chủ PostgreSQL (Debian/Ubuntu: apt-get install postgresql-client), hoặc đặt PG_DUMP=<đường dẫn tới pg_dump>, rồi chạy lại.`,
	'db.backup.pgDumpFailedP1': (p: { p1: Arg }) => `pg_dump không sao lưu được: ${p.p1}`,
	'db.backup.theArchiveFileCannotBe': (p: { file: Arg; p1: Arg }) =>
		`Không đọc lại được bản sao ${p.file} bằng pg_restore --list${p.p1}.`,
	'db.backup.theArchiveFileHoldsNo': (p: { file: Arg }) =>
		`Bản sao ${p.file} không có dữ liệu của ứng dụng (bảng datasets): kiểm tra DATABASE_URL.`,
	'db.backup.failsTheIntegrityCheckP1': (p: { p1: Arg }) => `không qua kiểm tra toàn vẹn (${p.p1})`,
	'db.backup.lacksTheTablesP1': (p: { p1: Arg }) => `thiếu bảng ${p.p1}`,
	'db.backup.hasAnotherSchemaVersion': 'khác phiên bản cấu trúc'
};
